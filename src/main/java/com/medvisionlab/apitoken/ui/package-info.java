@NullMarked
package com.medvisionlab.apitoken.ui;

import org.jspecify.annotations.NullMarked;
