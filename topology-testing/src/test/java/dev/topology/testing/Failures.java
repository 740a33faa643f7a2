package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The checks every failure test makes first: the assertion failed, as an AssertionError. */
final class Failures {
  private Failures() {}

  static AbstractThrowableAssert<?, ? extends Throwable> fails(ThrowingCallable check) {
    return assertThatThrownBy(check).isInstanceOf(AssertionError.class);
  }

  static AbstractThrowableAssert<?, ? extends Throwable> refuses(ThrowingCallable check) {
    return assertThatThrownBy(check).isInstanceOf(IllegalArgumentException.class);
  }
}
