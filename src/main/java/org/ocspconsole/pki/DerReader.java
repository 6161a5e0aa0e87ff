package org.ocspconsole.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the few DER structures the console inspects itself (Authority Information Access, private
 * key wrappers). Strict about lengths, so a truncated or hostile value fails instead of reading
 * past its end.
 */
public final class DerReader {
  /** One tag-length-value element; {@code content} is a copy of its value bytes. */
  public record Element(int tag, byte[] content) {
    public boolean is(int expected) {
      return tag == expected;
    }

    /** The elements inside a constructed value (SEQUENCE, SET, explicit tag). */
    public List<Element> children() throws IOException {
      return DerReader.readAll(content);
    }

    public String oid() throws IOException {
      expect(Der.OID);
      return DerReader.oid(content);
    }

    public String ascii() {
      return new String(content, StandardCharsets.US_ASCII);
    }

    public Element expect(int expected) throws IOException {
      if (tag != expected) {
        throw new IOException(
            String.format("expected DER tag 0x%02x, found 0x%02x", expected, tag));
      }
      return this;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Element e && e.tag == tag && Arrays.equals(e.content, content);
    }

    @Override
    public int hashCode() {
      return 31 * tag + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
      // Contents may be key material: never print them.
      return String.format("Element[tag=0x%02x, %d bytes]", tag, content.length);
    }
  }

  private DerReader() {}

  /** Exactly one element filling the whole input. */
  public static Element read(byte[] der) throws IOException {
    List<Element> all = readAll(der);
    if (all.size() != 1) {
      throw new IOException("expected one DER element, found " + all.size());
    }
    return all.get(0);
  }

  /** The elements one after another until the input ends. */
  public static List<Element> readAll(byte[] der) throws IOException {
    List<Element> elements = new ArrayList<>();
    int pos = 0;
    while (pos < der.length) {
      int tag = der[pos++] & 0xFF;
      if ((tag & 0x1F) == 0x1F) {
        throw new IOException("multi-byte DER tags are not supported");
      }
      if (pos >= der.length) {
        throw new IOException("DER element truncated before its length");
      }
      int first = der[pos++] & 0xFF;
      long length;
      if (first < 0x80) {
        length = first;
      } else {
        int count = first & 0x7F;
        if (count == 0 || count > 4) {
          throw new IOException("unsupported DER length form");
        }
        if (pos + count > der.length) {
          throw new IOException("DER length truncated");
        }
        length = 0;
        for (int i = 0; i < count; i++) {
          length = (length << 8) | (der[pos++] & 0xFF);
        }
      }
      if (length > der.length - pos) {
        throw new IOException("DER element longer than its input");
      }
      elements.add(new Element(tag, Arrays.copyOfRange(der, pos, pos + (int) length)));
      pos += (int) length;
    }
    return elements;
  }

  static String oid(byte[] content) throws IOException {
    if (content.length == 0) {
      throw new IOException("empty OID");
    }
    StringBuilder out = new StringBuilder();
    long value = 0;
    boolean first = true;
    for (int i = 0; i < content.length; i++) {
      if (value > (Long.MAX_VALUE >>> 7)) {
        throw new IOException("OID arc too large");
      }
      value = (value << 7) | (content[i] & 0x7F);
      if ((content[i] & 0x80) != 0) {
        if (i == content.length - 1) {
          throw new IOException("OID truncated");
        }
        continue;
      }
      if (first) {
        long top = Math.min(value / 40, 2);
        out.append(top).append('.').append(value - top * 40);
        first = false;
      } else {
        out.append('.').append(value);
      }
      value = 0;
    }
    return out.toString();
  }
}
