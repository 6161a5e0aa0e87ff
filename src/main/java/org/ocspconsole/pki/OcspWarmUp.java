package org.ocspconsole.pki;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponseStatus;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Loads BouncyCastle's OCSP code once per run, on a thread the caller gives, while a staple check's
 * first requests are on the network. Its first use costs about 0.35 s of CPU on one core (measured,
 * see the README), two fifths of it the JDK verifying the signatures of BouncyCastle's signed jars
 * as their first classes load; none of it needs the check's data. Start-up never loads it: only a
 * staple check asks for it.
 */
public final class OcspWarmUp {
  private static final AtomicReference<CompletableFuture<Boolean>> RUN = new AtomicReference<>();

  private OcspWarmUp() {}

  /**
   * Starts the warm-up on {@code executor} unless it ran already; the result is true when every
   * step ran (false only if the library behaved unexpectedly, which the check itself then reports).
   */
  public static CompletableFuture<Boolean> startOnce(Executor executor) {
    CompletableFuture<Boolean> started = new CompletableFuture<>();
    if (!RUN.compareAndSet(null, started)) {
      return RUN.get();
    }
    executor.execute(
        () -> {
          try {
            started.complete(run());
          } catch (RuntimeException | LinkageError e) {
            started.complete(false);
          }
        });
    return started;
  }

  /** The classes a request, a response and its signature check use, without any real data. */
  private static boolean run() {
    try {
      OcspRequests.digests().get(CertificateID.HASH_SHA1);
      new OCSPReqBuilder();
      new Extension(
          OCSPObjectIdentifiers.id_pkix_ocsp_nonce,
          false,
          new DEROctetString(new byte[OcspRequests.NONCE_BYTES]).getEncoded());
      byte[] tryLater =
          new OCSPResp(new OCSPResponse(new OCSPResponseStatus(OCSPResponseStatus.TRY_LATER), null))
              .getEncoded();
      new OCSPResp(tryLater).getStatus();
      new JcaContentVerifierProviderBuilder();
      return BasicOCSPResp.class.getName() != null;
    } catch (java.io.IOException
        | org.bouncycastle.cert.ocsp.OCSPException
        | org.bouncycastle.operator.OperatorCreationException e) {
      return false;
    }
  }
}
