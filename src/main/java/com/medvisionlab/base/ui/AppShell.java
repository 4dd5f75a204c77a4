package com.medvisionlab.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme plus the portal's own styles, and server push (the AI second opinion streams its
 * answer into the page). Push goes over a WebSocket, the browser's requests over XHR (Vaadin's default): long polling
 * on Tomcat 11 lost push messages when Atmosphere wrote to a request Tomcat had already recycled (vaadin/flow #16775,
 * #16664), and the resynchronisation that followed rebuilt the viewer page mid-scroll. The WebSocket opens through
 * Spring Security on the embedded Tomcat and streams the answer piece by piece ({@code PushBrowserIT},
 * {@code SecondOpinionBrowserIT}); the earlier note that it arrived only whole did not reproduce.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {}
