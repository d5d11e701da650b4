package nl.levman.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.levman.model.LevmanException;

/**
 * The secret that signs seals (HMAC-SHA256). The host holds it — a secret store, a file only the
 * application's account reads, an environment variable — and hands it to
 * {@code Levman.builder().seals(seals, key)}; Levman never writes it anywhere, and the database
 * never sees it. At least 32 bytes. Its {@link #id()} is stored in each seal, so that a seal made
 * with another key is named as such. {@link #toString()} shows only the id.
 */
public final class SealKey {
  private static final String HMAC = "HmacSHA256";
  private final byte[] secret;
  private final String id;

  private SealKey(byte[] secret) {
    if (secret.length < 32) {
      throw new LevmanException("a seal key needs at least 32 bytes (256 bits), got " + secret.length);
    }
    this.secret = secret.clone();
    this.id = mac("levman seal key id").substring(0, 16);
  }

  public static SealKey of(byte[] secret) {
    return new SealKey(secret);
  }

  /** A key written as hex (64 or more digits) or Base64, surrounding white space ignored. */
  public static SealKey parse(String text) {
    String t = text.strip();
    try {
      return new SealKey(t.matches("[0-9a-fA-F]+") && t.length() % 2 == 0
          ? HexFormat.of().parseHex(t) : Base64.getDecoder().decode(t));
    } catch (IllegalArgumentException e) {
      throw new LevmanException("a seal key is written as hex or Base64", e);
    }
  }

  /** Names the key without revealing it: 16 hex digits derived from it. */
  public String id() {
    return id;
  }

  /** The HMAC-SHA256 of the text (UTF-8) under this key, in hex. */
  public String mac(String text) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(secret, HMAC));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealKey other && Arrays.equals(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "SealKey[" + id + "]";
  }
}
