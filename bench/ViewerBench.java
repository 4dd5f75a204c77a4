import com.medvisionlab.base.HeadlessChromium;
import com.medvisionlab.demo.phantom.CtPhantom;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The viewer benchmark (run by bench/viewer.sh against a started portal): STOWs a CT stack generated from the demo
 * phantom's geometry (CtPhantom, any number of slices), then in headless Chromium measures
 * (1) opening /viewer?study&series to the first image drawn, against the same browser loading the server-rendered
 *     image of that slice as a page of its own; (2) frames/s while scrolling the whole stack down and up once it
 *     is loaded (a first pass loads it), against the requestAnimationFrame rate of the same page.
 * Arguments: BASE_URL ADMIN_PASSWORD SLICES PROFILE_DIR
 */
public class ViewerBench {

    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        int slices = Integer.parseInt(args[2]);
        Path profile = Path.of(args[3]);
        var http = HttpClient.newHttpClient();

        long t0 = System.nanoTime();
        for (int from = 0; from < slices; from += 20) {
            stow(http, base, auth, from, Math.min(slices, from + 20));
        }
        System.out.printf("stored %d slices of 512x512 in %.1f s%n", slices, (System.nanoTime() - t0) / 1e9);
        JsonNode studies = get(http, base + "/dicomweb/studies", auth);
        String study = studies.get(0).path("0020000D").path("Value").get(0).asString();
        JsonNode series = get(http, base + "/dicomweb/studies/" + study + "/series", auth);
        String seriesUid = series.get(0).path("0020000E").path("Value").get(0).asString();
        String viewerUrl = base + "/viewer?study=" + study + "&series=" + seriesUid;

        WebDriver driver = HeadlessChromium.start(profile, 900);
        try {
            // signed in through the login form, as a user is: the browser then sends its session cookie (HTTP Basic
            // on every request would add a password hash to each frame)
            HeadlessChromium.signIn(driver, base + "/", "admin", args[1]);
            var js = (JavascriptExecutor) driver;

            // (1a) the viewer as a page of its own (a direct link): full navigation, Vaadin's start-up included
            List<Double> viewer = new ArrayList<>();
            String firstSop = null;
            for (int run = 0; run < 4; run++) {
                driver.get("about:blank");
                driver.get(viewerUrl);
                var host = new WebDriverWait(driver, Duration.ofSeconds(120))
                        .until(d -> d.findElement(By.cssSelector("dicom-viewer[data-rendered='true']")));
                viewer.add(Double.parseDouble(host.getAttribute("data-first-drawn-ms")));
                firstSop = host.getAttribute("data-sop-instance-uid");
                System.out.printf("page run %d: first image drawn at %s ms (%s)%n", run + 1, viewer.getLast(),
                        js.executeScript(PHASES));
            }
            // (1b) opening the viewer from inside the portal (a router link clicked on the home page, as a case is
            // opened from its case set): the first open after the home page loaded, then three more
            List<Double> inApp = new ArrayList<>();
            driver.get(base + "/");
            HeadlessChromium.waitFor(driver, By.id("sign-out"));
            String viewerPath = viewerUrl.substring(base.length());
            for (int run = 0; run < 4; run++) {
                inApp.add(((Number) ((JavascriptExecutor) driver).executeAsyncScript(OPEN_IN_APP, viewerPath))
                        .doubleValue());
                System.out.printf("in-app run %d: first image drawn %.0f ms after the click (%s)%n", run + 1,
                        inApp.getLast(), js.executeScript(PHASES));
                ((JavascriptExecutor) driver).executeAsyncScript(OPEN_IN_APP, "/");
            }
            driver.get(viewerUrl);
            new WebDriverWait(driver, Duration.ofSeconds(120))
                    .until(d -> d.findElement(By.cssSelector("dicom-viewer[data-rendered='true']")));
            // the last viewer page stays open: load the whole stack by scrolling it once, then measure scrolling
            // started here, polled below: one script running for minutes meets ChromeDriver's script timeout and
            // Selenium's HTTP read timeout
            js.executeScript(SCROLL);
            @SuppressWarnings("unchecked")
            var rates = (Map<String, Object>) new WebDriverWait(driver, Duration.ofMinutes(30), Duration.ofSeconds(2))
                    .until(d -> {
                        // undefined (not null): the page was loaded anew and the scroll script is gone
                        Object result = js.executeScript(
                                "return window.__benchResult === undefined ? 'reloaded' : window.__benchResult;");
                        if ("reloaded".equals(result)) {
                            throw new IllegalStateException("the viewer page reloaded itself during the scroll pass"
                                    + " (see the portal log lines printed below)");
                        }
                        return result;
                    });

            String rendered = base + "/dicomweb/studies/" + study + "/series/" + seriesUid + "/instances/" + firstSop
                    + "/frames/1/rendered";
            List<Double> reference = new ArrayList<>();
            for (int run = 0; run < 4; run++) {
                driver.get("about:blank");
                driver.get(rendered);
                reference.add(((Number) js.executeScript(
                                "return performance.getEntriesByType('navigation')[0].loadEventEnd;"))
                        .doubleValue());
            }

            double coldMs = viewer.getFirst();
            double warmMs = median(viewer.subList(1, viewer.size()));
            double inAppFirst = inApp.getFirst();
            double inAppMs = median(inApp.subList(1, inApp.size()));
            double refMs = median(reference.subList(1, reference.size()));
            double fps = ((Number) rates.get("fps")).doubleValue();
            double raf = ((Number) rates.get("raf")).doubleValue();
            System.out.printf("first image drawn, ms from navigation: viewer cold %.0f, warm median %.0f (runs %s)%n",
                    coldMs, warmMs, viewer);
            System.out.printf("reference, server-rendered image of that slice as a page: median %.0f ms (runs %s)%n",
                    refMs, reference);
            System.out.printf("viewer/reference (warm): %.2f%n", warmMs / refMs);
            System.out.printf("opening it from inside the portal, ms from the click: first %.0f, then median %.0f"
                    + " (runs %s)%n", inAppFirst, inAppMs, inApp);
            System.out.printf("target first image <= 500 ms: direct link (warm) %s; opened in the portal %s%n",
                    warmMs <= 500 ? "met" : "NOT met", Math.max(inAppFirst, inAppMs) <= 500 ? "met" : "NOT met");
            System.out.printf("scrolling %d cached images down and up: %.1f frames/s; requestAnimationFrame %.1f/s; "
                    + "ratio %.2f   target >= 30 frames/s -> %s%n",
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

    /**
     * Clicks a router link to arguments[0] (as a user clicks a link in the portal) and answers, once a viewer has
     * drawn its first image, the ms from the click to that drawing; for any other path, once no viewer is left.
     */
    static final String OPEN_IN_APP =
            """
            const path = arguments[0]; const done = arguments[arguments.length - 1];
            const link = document.createElement('a');
            link.href = path; link.setAttribute('router-link', ''); link.textContent = 'bench';
            document.body.append(link);
            performance.clearMarks(); performance.clearResourceTimings();
            const t0 = performance.now();
            link.click(); link.remove();
            const poll = () => {
              const v = document.querySelector('dicom-viewer');
              if (!path.startsWith('/viewer')) { if (!v) { done(0); return; } }
              else if (v && v.getAttribute('data-rendered') === 'true' && v.hasAttribute('data-first-drawn-ms')) {
                done(Number(v.getAttribute('data-first-drawn-ms')) - t0); return;
              }
              setTimeout(poll, 10);
            };
            poll();
            """;

    /** When the page's parts arrived (ms since navigation): the viewer's code, the series metadata, the first frame. */
    static final String PHASES =
            """
            const entries = performance.getEntriesByType('resource');
            const end = (test) => Math.round(Math.max(0, ...entries.filter((e) => test(e.name)).map((e) => e.responseEnd)));
            const js = entries.filter((e) => e.name.endsWith('.js')).sort((a, b) => b.transferSize - a.transferSize)[0];
            const frame = entries.find((e) => e.name.includes('/frames/'));
            const meta = entries.find((e) => e.name.endsWith('/metadata'));
            const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('dv-'))
              .map((m) => m.name.substring(3) + ' ' + Math.round(m.startTime)).join(', ');
            return 'largest script ' + (js ? Math.round(js.responseEnd) : '-') + ' ms, metadata asked '
              + (meta ? Math.round(meta.startTime) : '-') + ' ms, received ' + end((n) => n.endsWith('/metadata'))
              + ' ms, first frame asked ' + (frame ? Math.round(frame.startTime) + ' ms, received ' + Math.round(frame.responseEnd) : '-')
              + ' ms; marks: ' + marks;
            """;

    /** Steps the scrollbar to the next image each time the previous one has been drawn (data-image-index). */
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
            const raf = await new Promise((resolve) => {
              let frames = 0; const start = performance.now();
              const tick = () => { frames++; if (performance.now() - start < 2000) requestAnimationFrame(tick);
                else resolve(frames * 1000 / (performance.now() - start)); };
              requestAnimationFrame(tick);
            });
            // a step that is not drawn within 20 s is recorded and skipped, so one lost image cannot stall the run
            const stalls = [];
            const pass = (order) => new Promise((resolve) => {
              let k = 0; let timer = 0; const start = performance.now();
              const step = () => {
                window.__benchStep = order[k];
                clearTimeout(timer);
                timer = setTimeout(() => {
                  stalls.push({ asked: order[k], shown: v.getAttribute('data-image-index') });
                  advance();
                }, 20000);
                input.value = String(order[k]); input.dispatchEvent(new Event('input'));
              };
              const advance = () => {
                k++;
                if (k === order.length) { clearTimeout(timer); observer.disconnect(); resolve(k * 1000 / (performance.now() - start)); }
                else step();
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
            const t0 = performance.now();
            await pass(down);
            await pass(up);
            const loadMs = performance.now() - t0;
            const fps = await pass([...down, ...up]);
            done({ fps, raf, count: n, loadMs, stalls: JSON.stringify(stalls) });
            })();
            """;

    static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void stow(HttpClient http, String base, String auth, int from, int to) throws Exception {
        String boundary = "viewer-bench-" + from;
        var body = new ByteArrayOutputStream();
        for (int k = from; k < to; k++) {
            body.write(("--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.write(CtPhantom.slice(k).encode());
            body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/dicomweb/studies"))
                        .header("Authorization", auth)
                        .header("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=" + boundary)
                        .header("Accept", "application/dicom+json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("STOW answered " + response.statusCode() + ": " + response.body());
        }
    }

    static JsonNode get(HttpClient http, String url, String auth) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", auth)
                        .header("Accept", "application/dicom+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }
}
