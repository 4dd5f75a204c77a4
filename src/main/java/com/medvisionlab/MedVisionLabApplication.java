package com.medvisionlab;

import com.medvisionlab.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * One executable jar, two faces: with a CLI verb ({@code dump}, {@code render}, {@code deid}) it runs
 * the command without starting Spring, the web server or the database; otherwise it serves the portal.
 */
@SpringBootApplication
public class MedVisionLabApplication {

    public static void main(String[] args) {
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(args));
        }
        SpringApplication.run(MedVisionLabApplication.class, args);
    }
}
