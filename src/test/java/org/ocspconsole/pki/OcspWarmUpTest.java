package org.ocspconsole.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The staple check's warm-up of BouncyCastle runs every step, once per run. */
class OcspWarmUpTest {
  @Test
  void everyStepRunsAndASecondStartReusesTheFirst() throws Exception {
    assertThat(OcspWarmUp.startOnce(Runnable::run).get(60, TimeUnit.SECONDS)).isTrue();
    assertThat(OcspWarmUp.startOnce(task -> {})).isSameAs(OcspWarmUp.startOnce(Runnable::run));
  }
}
