package dev.topology.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TriesCapTest {
  private final TriesCap cap = new TriesCap();
  private final List<Integer> set = new ArrayList<>();
  private boolean ran;
  /** The cap the run itself may have set (the mutation profile does), restored after each. */
  private String runsCap;

  @BeforeEach
  void saveTheRunsCap() {
    runsCap = System.getProperty(TriesCap.CAP);
  }

  @AfterEach
  void restoreTheRunsCap() {
    if (runsCap == null) {
      System.clearProperty(TriesCap.CAP);
    } else {
      System.setProperty(TriesCap.CAP, runsCap);
    }
  }

  @Test
  void aroundProperty_capBelowTheTries_setsTheCap() {
    System.setProperty(TriesCap.CAP, "20");

    cap.aroundProperty(context(Optional.of(1000)), () -> {
      ran = true;
      return null;
    });

    assertThat(set).containsExactly(20);
    assertThat(ran).isTrue();
  }

  @Test
  void aroundProperty_capAboveTheTries_keepsTheTries() {
    System.setProperty(TriesCap.CAP, "50");

    cap.aroundProperty(context(Optional.of(10)), () -> null);

    assertThat(set).containsExactly(10);
  }

  @Test
  void aroundProperty_triesNotGiven_setsTheCap() {
    System.setProperty(TriesCap.CAP, "7");

    cap.aroundProperty(context(Optional.empty()), () -> null);

    assertThat(set).containsExactly(7);
  }

  @Test
  void aroundProperty_noCap_changesNothing() {
    System.clearProperty(TriesCap.CAP);

    cap.aroundProperty(context(Optional.of(1000)), () -> {
      ran = true;
      return null;
    });

    assertThat(set).isEmpty();
    assertThat(ran).isTrue();
  }

  @Test
  void hook_appliesToEveryPropertyBelowIt() {
    assertThat(cap.propagateTo()).isEqualTo(PropagationMode.ALL_DESCENDANTS);
    assertThat(cap.appliesTo(Optional.empty())).isTrue();
  }

  /** A context whose attributes give {@code tries} and record what the hook sets. */
  private PropertyLifecycleContext context(Optional<Integer> tries) {
    PropertyAttributes attributes = (PropertyAttributes) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {PropertyAttributes.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "tries" -> tries;
          case "setTries" -> {
            set.add((Integer) args[0]);
            yield null;
          }
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return (PropertyLifecycleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PropertyLifecycleContext.class}, (proxy, method, args) -> {
          if (method.getName().equals("attributes")) {
            return attributes;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }
}
