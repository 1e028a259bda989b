package dev.sagelint.core.report;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Says in words why a report or baseline file could not be written, naming it as the user did:
 * "specs is a file, not a directory" or "permission denied on out", not
 * {@code FileAlreadyExists} after a {@code ../../} path.
 */
public final class WriteFailures {
  private WriteFailures() {}

  /**
   * @param target the file that was to be written, as the user named it
   * @param targetPath the same file, resolved
   * @param e what writing it (or creating its directory) threw
   */
  public static String describe(String target, Path targetPath, IOException e) {
    Path t = targetPath.toAbsolutePath().normalize();
    return "cannot write " + target + ": " + why(target, t, e);
  }

  private static String why(String target, Path t, IOException e) {
    Path existing = nearestExistingAncestor(t);
    if (existing != null && !Files.isDirectory(existing)) {
      return asTyped(target, t, existing) + " is a file, not a directory";
    }
    if (e instanceof AccessDeniedException a) {
      Path denied = a.getFile() == null ? null : Path.of(a.getFile()).toAbsolutePath().normalize();
      // The temporary file next to the target, or the target: the directory refused it.
      boolean inDirectory = denied == null || denied.getParent() != null
          && denied.getParent().equals(t.getParent());
      Path where = inDirectory ? t.getParent() : denied;
      return where == null ? "permission denied" : "permission denied on " + asTyped(target, t, where);
    }
    if (e instanceof NoSuchFileException) {
      return existing != null && existing.equals(t.getParent())
          ? "its directory does not accept new files"
          : "its directory does not exist and cannot be created";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return lowerFirst(f.getReason());
    }
    return e.getMessage() == null ? "an I/O error" : lowerFirst(e.getMessage());
  }

  private static Path nearestExistingAncestor(Path t) {
    for (Path p = t.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  /** {@code ancestor} of {@code t} written the way the user wrote {@code target}. */
  private static String asTyped(String target, Path t, Path ancestor) {
    if (!t.startsWith(ancestor)) {
      return ancestor.toString();
    }
    Path typed = Path.of(target).normalize();
    int up = t.getNameCount() - ancestor.getNameCount();
    if (typed.isAbsolute() || typed.getNameCount() <= up) {
      return ancestor.toString();
    }
    return typed.subpath(0, typed.getNameCount() - up).toString();
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
