package com.medvisionlab.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme plus the portal's own styles, and server push (the AI second opinion streams its
 * answer into the page; long polling, since it passes every proxy and needs no WebSocket set-up: with the default
 * WebSocket transport the browser test saw the streamed answer arrive only whole).
 */
@Push(transport = Transport.LONG_POLLING)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {}
