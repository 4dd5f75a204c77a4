@NullMarked
package com.medvisionlab.secondopinion.classifier.ui;

import org.jspecify.annotations.NullMarked;
