import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Fetches one file of a sagelint release into a cache directory, checks its SHA-256, and prints
 * its local path; with --unzip, unpacks a zip and prints the folder. Used by the pre-commit hook
 * (scripts/pre-commit-release) and the GitHub Action (scripts/action.sh); run as a single-file
 * program ({@code java FetchRelease.java ...}, Java 11+), so nothing but the Java that runs
 * sagelint is needed: no curl, no sha256sum, no unzip (none of them is everywhere).
 *
 * <p>Usage: {@code java FetchRelease.java BASE_URL FILE CACHE_DIR [--unzip]}. The expected
 * checksum is the {@code FILE.sha256} published beside the file (as the release build writes
 * it), or SAGELINT_SHA256 when set, which lets a user pin it. An existing, complete copy in the
 * cache is used as is: nothing is fetched twice. Downloads go to a temporary name and are moved
 * into place only once verified, so an interrupted or parallel run never leaves a half file
 * where the next run would trust it.
 */
public final class FetchRelease {
  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Failure f) {
      System.err.println("sagelint: " + f.getMessage());
      System.exit(2);
    }
  }

  /** A reason to stop that the user can act on; thrown so that temporary files are cleaned up. */
  private static final class Failure extends RuntimeException {
    Failure(String message) {
      super(message);
    }
  }

  private static void run(String[] args) throws Exception {
    if (args.length < 3) {
      fail("usage: java FetchRelease.java BASE_URL FILE CACHE_DIR [--unzip]");
    }
    String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
    String file = args[1];
    Path cache = Path.of(args[2]);
    boolean unzip = args.length > 3 && args[3].equals("--unzip");
    Files.createDirectories(cache);

    Path target = cache.resolve(file);
    Path unpacked = cache.resolve(file.replaceFirst("\\.zip$", ""));
    Path done = cache.resolve(file + ".verified");
    if (Files.exists(done) && Files.exists(unzip ? unpacked : target)) {
      System.out.println(unzip ? unpacked : target);
      return;
    }

    String expected = System.getenv("SAGELINT_SHA256");
    if (expected == null || expected.isBlank()) {
      String line = new String(read(base + file + ".sha256"), StandardCharsets.US_ASCII).trim();
      expected = line.split("\\s+")[0];
    }
    expected = expected.trim().toLowerCase(Locale.ROOT);
    if (!expected.matches("[0-9a-f]{64}")) {
      fail("no SHA-256 checksum for " + file + " (got '" + expected + "')");
    }

    Path tmp = Files.createTempFile(cache, file + ".", ".part");
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      try (InputStream in = open(base + file); OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
          sha.update(buf, 0, n);
          out.write(buf, 0, n);
        }
      }
      String actual = HexFormat.of().formatHex(sha.digest());
      if (!actual.equals(expected)) {
        fail("checksum mismatch for " + base + file + ": expected " + expected + ", got " + actual
            + "; nothing was installed");
      }
      move(tmp, target);
      if (unzip) {
        unpack(target, cache);
      }
      Files.writeString(done, expected + "  " + file + "\n");
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.out.println(unzip ? unpacked : target);
  }

  /** Unpacks into a temporary folder beside the cache entry, then moves it into place. */
  private static void unpack(Path zip, Path cache) throws IOException {
    Path tmp = Files.createTempDirectory(cache, "unpack-");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        Path out = tmp.resolve(e.getName()).normalize();
        if (!out.startsWith(tmp)) {
          fail("refusing zip entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (var top = Files.list(tmp)) {
      for (Path p : top.toList()) {
        Path dest = cache.resolve(p.getFileName());
        if (Files.exists(dest)) {
          deleteTree(dest); // a half-unpacked copy from an interrupted run
        }
        move(p, dest);
      }
    }
    Files.delete(tmp);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    try (var all = Files.walk(p)) {
      for (Path q : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }

  private static byte[] read(String url) throws IOException {
    try (InputStream in = open(url)) {
      return in.readAllBytes();
    }
  }

  private static InputStream open(String url) throws IOException {
    try {
      // URLConnection follows the release host's redirects (same protocol) and reads file: URLs,
      // which tests use to serve a locally built release.
      var c = URI.create(url).toURL().openConnection();
      c.setConnectTimeout(30_000);
      c.setReadTimeout(60_000);
      return c.getInputStream();
    } catch (IOException e) {
      throw new Failure("cannot download " + url + ": " + e);
    }
  }

  private static void fail(String message) {
    throw new Failure(message);
  }
}
