/** Sign-in, the forced password change and the researchers' user management screen. */
@NullMarked
package com.medvisionlab.security.ui;

import org.jspecify.annotations.NullMarked;
