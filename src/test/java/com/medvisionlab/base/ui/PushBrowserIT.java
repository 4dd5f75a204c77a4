package com.medvisionlab.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.medvisionlab.base.HeadlessChromium;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.context.WebApplicationContext;

/**
 * Server push under load in a real (headless) Chromium: while a background thread pushes a stream of updates, the
 * page fires a burst of events at the server, the way the viewer does while the user scrolls. Every pushed update
 * and every event must arrive, the page must not be reloaded or resynchronised (a marker in {@code window} survives),
 * the server must log no lost push message (Tomcat 11 recycling the request under Atmosphere's long polling, vaadin/flow
 * #16775), and push must run over an open WebSocket, not a fallback.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushBrowserIT {

    static final int PUSHES = 300;
    static final int PINGS = 200;
    static final int PUSH_INTERVAL_MS = 3;
    private static final String ROUTE = "test-push-probe";

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @TempDir
    Path profile;

    private @Nullable WebDriver driver;
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeAll
    static void browserInstalled() {
        HeadlessChromium.assumeInstalled();
    }

    @BeforeEach
    void probeRouteAndLogWatch() {
        routes().setRoute(ROUTE, PushProbe.class);
        warnings.start();
        root().addAppender(warnings);
    }

    @AfterEach
    void cleanUp() {
        root().detachAppender(warnings);
        routes().removeRoute(ROUTE);
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void pushed_updates_and_a_burst_of_events_all_arrive_without_a_resync() {
        var browser = HeadlessChromium.start(profile, 900);
        driver = browser;
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        window.__sockets = [];
                        const NativeWebSocket = window.WebSocket;
                        window.WebSocket = class extends NativeWebSocket {
                            constructor(...args) { super(...args); window.__sockets.push(this); }
                        };
                        """));
        browser.get("http://localhost:" + port + "/" + ROUTE);
        HeadlessChromium.waitFor(browser, By.id("push-probe"));

        var js = (JavascriptExecutor) browser;
        js.executeScript("window.__sameDocument = true;");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const probe = document.getElementById('push-probe');
                probe.dispatchEvent(new CustomEvent('probe-start'));
                let sent = 0;
                const timer = setInterval(() => {
                    probe.dispatchEvent(new CustomEvent('probe-ping'));
                    if (++sent === %d) { clearInterval(timer); done(sent); }
                }, 5);
                """.formatted(PINGS));

        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(100)).until(page -> {
            var pushed = page.findElements(By.id("push-count"));
            var pings = page.findElements(By.id("ping-count"));
            return !pushed.isEmpty()
                    && !pings.isEmpty()
                    && pushed.getFirst().getText().equals(String.valueOf(PUSHES))
                    && pings.getFirst().getText().equals(String.valueOf(PINGS));
        });

        assertThat(js.executeScript("return window.__sameDocument === true;"))
                .as("the page was neither reloaded nor rebuilt")
                .isEqualTo(true);
        assertThat(browser.findElement(By.id("push-log")).getText().split(" "))
                .as("every pushed update, in order")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, PUSHES)
                        .mapToObj(String::valueOf)
                        .toList());
        assertThat(warnings.list.stream().map(ILoggingEvent::getFormattedMessage))
                .as("no push message lost, no resynchronisation")
                .noneMatch(message -> message.contains("will be lost")
                        || message.contains("recycled")
                        || message.contains("Resynchroniz")
                        || message.contains("Unexpected message id"));
        assertThat(js.executeScript("""
                        return window.__sockets
                            .filter(socket => socket.url.includes('/VAADIN/push') && socket.readyState === 1).length;
                        """)).as("push runs over an open WebSocket").isEqualTo(1L);
        assertThat(js.executeScript("""
                        return performance.getEntriesByType('resource')
                            .filter(entry => entry.name.includes('transport=long-polling')).length;
                        """)).as("no fallback to long polling").isEqualTo(0L);
    }

    private RouteConfiguration routes() {
        var servletContext = context.getServletContext();
        assertThat(servletContext).isNotNull();
        return RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext)));
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /**
     * Counts the browser's {@code probe-ping} events and, from {@code probe-start} on, pushes {@value #PUSHES}
     * numbered updates from a background thread, one every {@value #PUSH_INTERVAL_MS} ms.
     */
    @AnonymousAllowed
    public static class PushProbe extends Div {

        private final Span pushed = new Span("0");
        private final Span pings = new Span("0");
        private final Div log = new Div();
        private int pingCount;
        private @Nullable Thread pusher;

        public PushProbe() {
            setId("push-probe");
            pushed.setId("push-count");
            pings.setId("ping-count");
            log.setId("push-log");
            add(pushed, pings, log);
            getElement().addEventListener("probe-ping", event -> pings.setText(String.valueOf(++pingCount)));
            getElement().addEventListener("probe-start", event -> getUI().ifPresent(this::startPushing));
        }

        private void startPushing(UI ui) {
            if (pusher != null) {
                return;
            }
            pusher = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 1; i <= PUSHES; i++) {
                        Thread.sleep(PUSH_INTERVAL_MS);
                        var number = String.valueOf(i);
                        ui.access(() -> {
                            pushed.setText(number);
                            log.add(new Span(number + " "));
                        });
                    }
                } catch (InterruptedException | com.vaadin.flow.component.UIDetachedException stopped) {
                    // the page went away
                }
            });
        }

        @Override
        protected void onDetach(DetachEvent detachEvent) {
            var thread = pusher;
            if (thread != null) {
                thread.interrupt();
            }
            super.onDetach(detachEvent);
        }
    }
}
