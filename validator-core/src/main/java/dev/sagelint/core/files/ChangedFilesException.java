package dev.sagelint.core.files;

/**
 * Why the changed files could not be found: git missing or failing, not a git work tree, a ref
 * that is not a commit, no merge base. A usage error for front-ends (the CLI exits 2): linting
 * some other set of files instead would pass a check that never ran.
 */
public final class ChangedFilesException extends Exception {
  private static final long serialVersionUID = 1L;

  public ChangedFilesException(String message) {
    super(message, null, false, false);
  }
}
