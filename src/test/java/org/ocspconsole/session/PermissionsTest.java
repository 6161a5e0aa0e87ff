package org.ocspconsole.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.ocspconsole.api.ApiError;

/** Which 403s prove which actions cannot work, and which prove nothing. */
class PermissionsTest {

  private static ApiError forbidden(String permission) {
    return new ApiError(
        ApiError.Kind.FORBIDDEN, 403, null, "refused", null, permission, null, null, null);
  }

  @Test
  void nothingIsMissingUntilA403SaysSo() {
    Permissions permissions = new Permissions();
    permissions.learn(ApiError.transport(ApiError.Kind.TIMEOUT, "slow"));
    assertThat(permissions.missing("test_ocsp_status")).isEmpty();
    assertThat(permissions.missing("update_cluster")).isEmpty();
  }

  @Test
  void oneRefusedOcspPermissionProvesTheOthersMissing() {
    Permissions permissions = new Permissions();
    permissions.learn(forbidden("view_ocsp_config"));
    assertThat(permissions.missing("test_ocsp_status"))
        .hasValueSatisfying(
            why -> assertThat(why).contains("test_ocsp_status").contains("view_ocsp_config"));
    // An OCSP refusal says nothing about changing the cluster (a cluster member may).
    assertThat(permissions.missing("update_cluster")).isEmpty();
  }

  @Test
  void changingTheClusterIsBlockedByItsOwnRefusalOrByARefusedRead() {
    Permissions refusedChange = new Permissions();
    refusedChange.learn(forbidden("update_cluster"));
    assertThat(refusedChange.missing("update_cluster")).isPresent();
    assertThat(refusedChange.missing("test_ocsp_status")).isEmpty();

    Permissions refusedRead = new Permissions();
    refusedRead.learn(forbidden("view_cluster_info"));
    assertThat(refusedRead.missing("update_cluster"))
        .hasValueSatisfying(why -> assertThat(why).contains("view_cluster_info"));
  }

  @Test
  void listenersHearEachNewRefusalOnce() {
    Permissions permissions = new Permissions();
    AtomicInteger heard = new AtomicInteger();
    permissions.addListener(heard::incrementAndGet);
    permissions.learn(forbidden("update_cluster"));
    permissions.learn(forbidden("update_cluster"));
    assertThat(heard).hasValue(1);
  }
}
