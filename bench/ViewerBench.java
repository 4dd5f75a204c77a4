import com.medvisionlab.base.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer benchmark (run by bench/viewer.sh against a portal that seeded its demo course with a CT of SLICES
 * 512x512 slices): in headless Chromium, signed in through the login form, it measures
 * (1) opening the demo CT case to its first image drawn: (a) from inside the portal, clicking the case in the demo
 *     case list once that page has loaded the viewer's code in idle time (the first open, then three more), and (b) as a direct link, a full page
 *     load of /case/{id} (a fresh profile's first visit, then three more); against the same browser loading the
 *     server-rendered image of that slice as a page of its own;
 * (2) frames/s while scrolling the whole stack down and up once it is loaded (a first pass loads it), against the
 *     requestAnimationFrame rate counted during the same pass.
 * Arguments: BASE_URL ADMIN_PASSWORD PROFILE_DIR
 */
public class ViewerBench {

    static final String CT_CASE = "Incidental lung nodules on chest CT";

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        WebDriver driver = HeadlessChromium.start(Path.of(args[2]), 900);
        try {
            var js = (JavascriptExecutor) driver;
            // the demo course is seeded after the portal starts: wait for its CT case in the (public) demo list
            String caseId = null;
            for (int tries = 0; caseId == null && tries < 180; tries++) {
                driver.get(base + "/demo-cases");
                caseId = (String) js.executeAsyncScript(FIND_CASE, CT_CASE);
                if (caseId == null) {
                    Thread.sleep(2000);
                }
            }
            if (caseId == null) {
                throw new IllegalStateException("the demo CT case did not appear in /demo-cases within 6 minutes");
            }
            HeadlessChromium.signIn(driver, base + "/", "admin", args[1]);

            // (1a) from inside the portal
            List<Double> inApp = new ArrayList<>();
            driver.get(base + "/demo-cases");
            for (int run = 0; run < 4; run++) {
                js.executeAsyncScript(FIND_CASE, CT_CASE);
                // a reader looks at the list before clicking: the list page's idle-time warm-up (ViewerWarmUp) has
                // loaded the viewer's code by then (it takes about a second here); wait for it, at most 10 s
                new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50))
                        .until(d -> Boolean.TRUE.equals(
                                js.executeScript("return customElements.get('dicom-viewer') !== undefined;")));
                inApp.add(((Number) js.executeAsyncScript(OPEN_CASE, caseId)).doubleValue());
                System.out.printf("in-app run %d: first image drawn %.0f ms after the click (%s)%n", run + 1,
                        inApp.getLast(), js.executeScript(PHASES));
                driver.navigate().back();
            }

            // (1b) a direct link
            List<Double> page = new ArrayList<>();
            String caseUrl = base + "/case/" + caseId;
            WebElement host = null;
            for (int run = 0; run < 4; run++) {
                driver.get("about:blank");
                driver.get(caseUrl);
                host = new WebDriverWait(driver, Duration.ofSeconds(120))
                        .until(d -> d.findElement(By.cssSelector("dicom-viewer[data-first-drawn-ms]")));
                page.add(Double.parseDouble(host.getAttribute("data-first-drawn-ms")));
                System.out.printf("page run %d: first image drawn at %.0f ms (%s)%n", run + 1, page.getLast(),
                        js.executeScript(PHASES));
            }
            String firstSop = host.getAttribute("data-sop-instance-uid");
            String firstFrame = host.getAttribute("data-frame");
            String series = host.getAttribute("data-series-instance-uid");
            // the study of that series, asked of QIDO-RS as the signed-in browser
            String study = (String) js.executeAsyncScript(
                    """
                    const done = arguments[arguments.length - 1];
                    fetch('dicomweb/series?SeriesInstanceUID=' + arguments[0], { headers: { Accept: 'application/dicom+json' } })
                      .then((r) => r.json()).then((j) => done(j[0]['0020000D'].Value[0])).catch(() => done(null));
                    """,
                    series);
            String seriesPath = study == null ? null : "/dicomweb/studies/" + study + "/series/" + series;

            // (2) the last case page stays open: load the stack by scrolling it, then measure scrolling. Started here,
            // polled below: one script running for minutes meets ChromeDriver's script timeout
            js.executeScript(SCROLL);
            @SuppressWarnings("unchecked")
            var rates = (Map<String, Object>) new WebDriverWait(driver, Duration.ofMinutes(30), Duration.ofSeconds(2))
                    .until(d -> {
                        // undefined (not null): the page was loaded anew and the scroll script is gone
                        Object result = js.executeScript(
                                "return window.__benchResult === undefined ? 'reloaded' : window.__benchResult;");
                        if ("reloaded".equals(result)) {
                            throw new IllegalStateException("the case page reloaded itself during the scroll pass"
                                    + " (see the portal log lines printed below)");
                        }
                        return result;
                    });

            List<Double> reference = new ArrayList<>();
            for (int run = 0; run < 4 && seriesPath != null; run++) {
                driver.get("about:blank");
                driver.get(base + seriesPath + "/instances/" + firstSop + "/frames/" + firstFrame + "/rendered");
                reference.add(((Number) js.executeScript(
                                "return performance.getEntriesByType('navigation')[0].loadEventEnd;"))
                        .doubleValue());
            }

            double inAppFirst = inApp.getFirst();
            double inAppMs = median(inApp.subList(1, inApp.size()));
            double coldMs = page.getFirst();
            double warmMs = median(page.subList(1, page.size()));
            double refMs = reference.isEmpty() ? Double.NaN : median(reference.subList(1, reference.size()));
            double fps = ((Number) rates.get("fps")).doubleValue();
            double raf = ((Number) rates.get("raf")).doubleValue();
            System.out.printf("opening the case from the demo case list, ms from the click to the first image drawn:"
                    + " first %.0f, then median %.0f (runs %s)%n", inAppFirst, inAppMs, inApp);
            System.out.printf("opening the case as a direct link, ms from navigation: cold %.0f, warm median %.0f"
                    + " (runs %s)%n", coldMs, warmMs, page);
            System.out.printf("reference, the server-rendered image of that slice as a page: median %.0f ms (runs %s);"
                    + " ratios: in-app %.2f, direct link %.2f%n", refMs, reference, inAppMs / refMs, warmMs / refMs);
            System.out.printf("target first image <= 500 ms: opened in the portal %s; direct link (warm) %s%n",
                    Math.max(inAppFirst, inAppMs) <= 500 ? "met" : "NOT met", warmMs <= 500 ? "met" : "NOT met");
            System.out.printf("scrolling %d cached images down and up: %.1f frames/s; requestAnimationFrame during the"
                    + " pass %.1f/s; ratio %.2f   target >= 30 frames/s -> %s%n",
                    ((Number) rates.get("count")).longValue(), fps, raf, fps / raf, fps >= 30 ? "met" : "NOT met");
            System.out.printf("first passes down and up (loading the stack): %.1f s; steps not drawn within 20 s: %s%n",
                    ((Number) rates.get("loadMs")).doubleValue() / 1000, rates.get("stalls"));
            Object renderer = js.executeScript(
                    "const c = document.createElement('canvas'); const gl = c.getContext('webgl2') || c.getContext('webgl');"
                            + "if (!gl) return 'no WebGL (Cornerstone CPU rendering)';"
                            + "const i = gl.getExtension('WEBGL_debug_renderer_info');"
                            + "return i ? gl.getParameter(i.UNMASKED_RENDERER_WEBGL) : 'WebGL';");
            System.out.println("browser graphics: " + renderer);
        } finally {
            driver.quit();
        }
    }

    /** Answers the id of the case titled arguments[0] in the demo case list, once it shows, or null after 10 s. */
    static final String FIND_CASE =
            """
            const title = arguments[0]; const done = arguments[arguments.length - 1];
            const start = performance.now();
            const poll = () => {
              const link = [...document.querySelectorAll('[id^="case-link-"]')].find((b) => b.textContent.trim() === title);
              if (link) { done(link.id.substring('case-link-'.length)); return; }
              if (performance.now() - start > 10000) { done(null); return; }
              setTimeout(poll, 20);
            };
            poll();
            """;

    /**
     * Clicks the case's link in the list (as a user does) and answers the ms from the click to its viewer's first
     * image drawn.
     */
    static final String OPEN_CASE =
            """
            const id = arguments[0]; const done = arguments[arguments.length - 1];
            performance.clearMarks(); performance.clearResourceTimings();
            const t0 = performance.now();
            document.getElementById('case-link-' + id).click();
            const poll = () => {
              const v = document.querySelector('dicom-viewer[data-first-drawn-ms]');
              if (v) { done(Number(v.getAttribute('data-first-drawn-ms')) - t0); return; }
              setTimeout(poll, 5);
            };
            poll();
            """;

    /** When the page's parts arrived (ms since navigation): scripts, the series metadata, the first frame; the marks. */
    static final String PHASES =
            """
            const entries = performance.getEntriesByType('resource');
            const js = entries.filter((e) => e.name.endsWith('.js')).sort((a, b) => b.transferSize - a.transferSize)[0];
            const frame = entries.find((e) => e.name.includes('/frames/'));
            const meta = entries.filter((e) => e.name.endsWith('/metadata'));
            const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dv-'))
              .map((m) => m.name.substring(3) + ' ' + Math.round(m.startTime)).join(', ');
            return 'largest script ' + (js ? Math.round(js.responseEnd) : '-') + ' ms, metadata asked '
              + meta.map((m) => Math.round(m.startTime) + ' received ' + Math.round(m.responseEnd)).join(' / ')
              + ' ms, first frame asked ' + (frame ? Math.round(frame.startTime) + ' ms, received ' + Math.round(frame.responseEnd) : '-')
              + ' ms; marks: ' + marks;
            """;

    /**
     * Steps the scrollbar to the next image each time the previous one has been drawn (data-image-index), counting
     * requestAnimationFrame callbacks during the measured pass.
     */
    static final String SCROLL =
            """
            const done = (result) => { window.__benchResult = result; };
            window.__benchResult = null;
            (async () => {
            let v = null;
            while (!(v = document.querySelector("dicom-viewer[data-rendered='true']"))) {
              await new Promise((r) => setTimeout(r, 200));
            }
            const input = v.querySelector('#dv-scroll');
            const n = Number(v.getAttribute('data-image-count'));
            // a step that is not drawn within 20 s is recorded and skipped, so one lost image cannot stall the run
            const stalls = [];
            const pass = (order) => new Promise((resolve) => {
              let k = 0; let timer = 0; let frames = 0; let counting = true; const start = performance.now();
              const tick = () => { frames++; if (counting) requestAnimationFrame(tick); };
              requestAnimationFrame(tick);
              const step = () => {
                clearTimeout(timer);
                timer = setTimeout(() => {
                  stalls.push({ asked: order[k], shown: v.getAttribute('data-image-index') });
                  advance();
                }, 20000);
                input.value = String(order[k]); input.dispatchEvent(new Event('input'));
              };
              const advance = () => {
                k++;
                if (k === order.length) {
                  clearTimeout(timer); observer.disconnect(); counting = false;
                  const seconds = (performance.now() - start) / 1000;
                  resolve({ fps: k / seconds, raf: frames / seconds });
                } else step();
              };
              const observer = new MutationObserver(() => {
                if (Number(v.getAttribute('data-image-index')) === order[k]) advance();
              });
              observer.observe(v, { attributes: true, attributeFilter: ['data-image-index'] });
              step();
            });
            // a first pass down the stack loads it (the viewer's prefetch runs ahead); then down and up, measured
            const down = [];
            for (let i = 1; i < n; i++) down.push(i);
            const up = down.map((i) => n - 1 - i);
            input.value = '0'; input.dispatchEvent(new Event('input'));
            const t0 = performance.now();
            await pass(down);
            await pass(up);
            const loadMs = performance.now() - t0;
            const measured = await pass([...down, ...up]);
            done({ fps: measured.fps, raf: measured.raf, count: n, loadMs, stalls: JSON.stringify(stalls) });
            })();
            """;

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
