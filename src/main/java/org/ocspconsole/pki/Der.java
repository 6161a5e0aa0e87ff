package org.ocspconsole.pki;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The few DER encodings an X.509 certificate needs. Written here rather than pulled in from
 * BouncyCastle: the whole need is a certificate builder for the demo cluster and the tests, and
 * BouncyCastle would add about 9 MB to every installer.
 */
final class Der {
  static final int BOOLEAN = 0x01;
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int UTC_TIME = 0x17;
  static final int GENERALIZED_TIME = 0x18;
  static final int SEQUENCE = 0x30;

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter GENERALIZED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  private Der() {}

  static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 6);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  static byte[] sequence(byte[]... items) {
    return tlv(SEQUENCE, concat(items));
  }

  static byte[] set(byte[]... items) {
    return tlv(0x31, concat(items));
  }

  /** An explicit, constructed context tag: {@code [n] EXPLICIT}. */
  static byte[] explicit(int n, byte[] inner) {
    return tlv(0xA0 | n, inner);
  }

  static byte[] integer(BigInteger value) {
    return tlv(INTEGER, value.toByteArray());
  }

  static byte[] bool(boolean value) {
    return tlv(BOOLEAN, new byte[] {(byte) (value ? 0xFF : 0x00)});
  }

  static byte[] octets(byte[] value) {
    return tlv(OCTET_STRING, value);
  }

  static byte[] bits(byte[] value) {
    byte[] content = new byte[value.length + 1];
    System.arraycopy(value, 0, content, 1, value.length);
    return tlv(BIT_STRING, content);
  }

  static byte[] nul() {
    return new byte[] {NULL, 0};
  }

  static byte[] ia5(int tag, String value) {
    return tlv(tag, value.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] time(Instant instant) {
    int year = instant.atZone(ZoneOffset.UTC).getYear();
    // RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050 on.
    if (year >= 1950 && year < 2050) {
      return tlv(UTC_TIME, UTC.format(instant).getBytes(StandardCharsets.US_ASCII));
    }
    return tlv(GENERALIZED_TIME, GENERALIZED.format(instant).getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeBase128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      writeBase128(out, Long.parseLong(arcs[i]));
    }
    return tlv(OID, out.toByteArray());
  }

  private static void writeBase128(ByteArrayOutputStream out, long value) {
    int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
    for (int i = groups - 1; i >= 0; i--) {
      int b = (int) ((value >>> (7 * i)) & 0x7F);
      out.write(i == 0 ? b : b | 0x80);
    }
  }

  static byte[] concat(byte[]... items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] item : items) {
      out.writeBytes(item);
    }
    return out.toByteArray();
  }
}
