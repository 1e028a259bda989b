package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns HCL text into tokens on demand. Strings and heredocs are templates whose
 * interpolations hold ordinary expressions, so the lexer keeps a stack of modes: ordinary code,
 * a quoted string, or a heredoc, each interpolation pushing ordinary code again until its
 * closing brace. The parser pulls one token at a time (with a lookahead of a few), so memory
 * stays proportional to the tree, not to the token count.
 *
 * <p>Positions: lines are split at LF (a CR before it belongs to the line break); columns count
 * UTF-16 code units from 1, like the rest of sagelint.
 */
final class HclLexer {
  private enum Mode { CODE, QUOTED, HEREDOC }

  /** One level of the mode stack. */
  private static final class Frame {
    final Mode mode;
    final Span opener;
    final String marker;
    int braces;
    boolean atLineStart;

    Frame(Mode mode, Span opener, String marker) {
      this.mode = mode;
      this.opener = opener;
      this.marker = marker;
      this.atLineStart = mode == Mode.HEREDOC;
    }
  }

  private final String src;
  private final int maxString;
  private final List<Frame> frames = new ArrayList<>();
  /** Where problems that do not stop a token go (an unknown escape, an unclosed comment). */
  private final Consumer<HclProblem> report;
  private int pos;
  private int line = 1;
  private int lineStart;
  private int nesting;
  private int tokenOffset;
  private int tokenLine;
  private int tokenColumn;

  HclLexer(String src, int maxString, Consumer<HclProblem> report) {
    this.src = src;
    this.maxString = maxString;
    this.report = report;
    frames.add(new Frame(Mode.CODE, Span.FILE, null));
  }

  /** The whole text's span, for the top-level body. */
  Span fileSpan() {
    int l = 1;
    int ls = 0;
    for (int i = 0; i < src.length(); i++) {
      if (src.charAt(i) == '\n') {
        l++;
        ls = i + 1;
      }
    }
    return new Span(1, 1, l, src.length() - ls + 1, 0, src.length());
  }

  Token next() {
    Frame f = frames.get(frames.size() - 1);
    return switch (f.mode) {
      case CODE -> code(f);
      case QUOTED -> quoted(f);
      case HEREDOC -> heredoc(f);
    };
  }

  // ---- positions

  private void mark() {
    tokenOffset = pos;
    tokenLine = line;
    tokenColumn = pos - lineStart + 1;
  }

  private Span spanSinceMark() {
    return new Span(tokenLine, tokenColumn, line, pos - lineStart + 1, tokenOffset, pos);
  }

  /** Moves past one character, counting lines. */
  private void advance() {
    if (src.charAt(pos) == '\n') {
      line++;
      lineStart = pos + 1;
    }
    pos++;
  }

  private char at(int i) {
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private boolean atEnd() {
    return pos >= src.length();
  }

  /** Emits a token from the mark to here; {@code delta} is its effect on the nesting count. */
  private Token emit(TokenKind kind, String text, int delta) {
    Token t = new Token(kind, text, spanSinceMark(), nesting);
    nesting += delta;
    return t;
  }

  // ---- ordinary code

  private Token code(Frame f) {
    skipBlanksAndComments();
    mark();
    if (atEnd()) {
      return emit(TokenKind.EOF, "", 0);
    }
    char c = src.charAt(pos);
    if (c == '\n' || (c == '\r' && at(pos + 1) == '\n')) {
      pos += c == '\r' ? 1 : 0;
      advance();
      return emit(TokenKind.NEWLINE, "", 0);
    }
    if (isAsciiDigit(c)) {
      return number();
    }
    if (isIdentStart(src.codePointAt(pos))) {
      return identifier();
    }
    pos++;
    switch (c) {
      case '{':
        f.braces++;
        return emit(TokenKind.LBRACE, "{", 1);
      case '}':
        return closeBrace(f, "");
      case '~':
        if (at(pos) == '}' && frames.size() > 1 && f.braces == 0) {
          pos++;
          return closeBrace(f, "~");
        }
        return emit(TokenKind.INVALID, "`~` (a strip marker belongs just inside `${` or `}`)", 0);
      case '[': return emit(TokenKind.LBRACK, "[", 1);
      case ']': return emit(TokenKind.RBRACK, "]", -1);
      case '(': return emit(TokenKind.LPAREN, "(", 1);
      case ')': return emit(TokenKind.RPAREN, ")", -1);
      case ',': return emit(TokenKind.COMMA, ",", 0);
      case '?': return emit(TokenKind.QUESTION, "?", 0);
      case '+': return emit(TokenKind.PLUS, "+", 0);
      case '-': return emit(TokenKind.MINUS, "-", 0);
      case '*': return emit(TokenKind.STAR, "*", 0);
      case '/': return emit(TokenKind.SLASH, "/", 0);
      case '%': return emit(TokenKind.PERCENT, "%", 0);
      case '"':
        frames.add(new Frame(Mode.QUOTED, spanSinceMark(), null));
        return emit(TokenKind.OQUOTE, "\"", 1);
      case ':': return pair(':', TokenKind.DOUBLE_COLON, TokenKind.COLON);
      case '!': return pair('=', TokenKind.NE, TokenKind.BANG);
      case '>': return pair('=', TokenKind.GE, TokenKind.GT);
      case '=':
        if (at(pos) == '>') {
          pos++;
          return emit(TokenKind.FAT_ARROW, "=>", 0);
        }
        return pair('=', TokenKind.EQ, TokenKind.ASSIGN);
      case '&':
        return at(pos) == '&' ? pair('&', TokenKind.AND, null)
            : emit(TokenKind.INVALID, "a single `&` (the operator is `&&`)", 0);
      case '|':
        return at(pos) == '|' ? pair('|', TokenKind.OR, null)
            : emit(TokenKind.INVALID, "a single `|` (the operator is `||`)", 0);
      case '.':
        if (at(pos) == '.' && at(pos + 1) == '.') {
          pos += 2;
          return emit(TokenKind.ELLIPSIS, "...", 0);
        }
        return emit(TokenKind.DOT, ".", 0);
      case '<':
        if (at(pos) == '<') {
          return heredocOpener();
        }
        return pair('=', TokenKind.LE, TokenKind.LT);
      default:
        pos--;
        return invalidCharacter();
    }
  }

  private Token pair(char second, TokenKind two, TokenKind one) {
    if (at(pos) == second) {
      pos++;
      return emit(two, src.substring(tokenOffset, pos), 0);
    }
    return emit(one, src.substring(tokenOffset, pos), 0);
  }

  private Token closeBrace(Frame f, String strip) {
    if (frames.size() > 1 && f.braces == 0) {
      frames.remove(frames.size() - 1);
      return emit(TokenKind.TEMPLATE_SEQ_END, strip, -1);
    }
    f.braces--;
    return emit(TokenKind.RBRACE, "}", -1);
  }

  private Token invalidCharacter() {
    int cp = src.codePointAt(pos);
    pos += Character.charCount(cp);
    String shown = Character.isISOControl(cp) || !Character.isDefined(cp)
        ? String.format("U+%04X", cp) : "`" + new String(Character.toChars(cp)) + "`";
    return emit(TokenKind.INVALID, "the character " + shown, 0);
  }

  private void skipBlanksAndComments() {
    while (!atEnd()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || (c == '\r' && at(pos + 1) != '\n')) {
        pos++;
      } else if (c == '#' || (c == '/' && at(pos + 1) == '/')) {
        // A line comment ends before the line break, which stays a NEWLINE token.
        while (!atEnd() && src.charAt(pos) != '\n' && !(src.charAt(pos) == '\r' && at(pos + 1) == '\n')) {
          pos++;
        }
      } else if (c == '/' && at(pos + 1) == '*') {
        int start = pos;
        int end = src.indexOf("*/", pos + 2);
        int stop = end < 0 ? src.length() : end + 2;
        while (pos < stop) {
          advance();
        }
        if (end < 0) {
          Span s = new Span(lineOf(start), columnOf(start), line, pos - lineStart + 1, start, pos);
          report.accept(HclProblem.syntax(s, "this `/*` comment is never closed with `*/`"));
        }
      } else {
        return;
      }
    }
  }

  // Only for the rare unclosed-comment problem: positions of an earlier offset.
  private int lineOf(int offset) {
    int l = 1;
    for (int i = 0; i < offset; i++) {
      if (src.charAt(i) == '\n') {
        l++;
      }
    }
    return l;
  }

  private int columnOf(int offset) {
    int ls = src.lastIndexOf('\n', offset - 1) + 1;
    return offset - ls + 1;
  }

  private Token number() {
    while (isAsciiDigit(at(pos))) {
      pos++;
    }
    if (at(pos) == '.' && isAsciiDigit(at(pos + 1))) {
      pos++;
      while (isAsciiDigit(at(pos))) {
        pos++;
      }
    }
    if ((at(pos) == 'e' || at(pos) == 'E')
        && (isAsciiDigit(at(pos + 1))
            || ((at(pos + 1) == '+' || at(pos + 1) == '-') && isAsciiDigit(at(pos + 2))))) {
      pos += 2;
      while (isAsciiDigit(at(pos))) {
        pos++;
      }
    }
    checkLength();
    return emit(TokenKind.NUMBER, src.substring(tokenOffset, pos), 0);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentStart(int cp) {
    return Character.isLetter(cp) || cp == '_';
  }

  private static boolean isIdentPart(int cp) {
    return Character.isLetterOrDigit(cp) || cp == '_' || cp == '-'
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private Token identifier() {
    while (!atEnd() && isIdentPart(src.codePointAt(pos))) {
      pos += Character.charCount(src.codePointAt(pos));
    }
    checkLength();
    return emit(TokenKind.IDENT, src.substring(tokenOffset, pos), 0);
  }

  private void checkLength() {
    if (pos - tokenOffset > maxString) {
      throw HclLimitException.of(HclProblem.Kind.LIMIT_STRING, spanSinceMark(), maxString);
    }
  }

  /** {@code <<EOF} or {@code <<-EOF}, then a line break; the token includes the line break. */
  private Token heredocOpener() {
    pos++; // the second '<'
    boolean indented = at(pos) == '-';
    if (indented) {
      pos++;
    }
    int nameStart = pos;
    if (!atEnd() && isIdentStart(src.codePointAt(pos))) {
      while (!atEnd() && isIdentPart(src.codePointAt(pos))) {
        pos += Character.charCount(src.codePointAt(pos));
      }
    }
    String marker = src.substring(nameStart, pos);
    if (marker.isEmpty() || !(at(pos) == '\n' || (at(pos) == '\r' && at(pos + 1) == '\n'))) {
      return emit(TokenKind.INVALID,
          "`<<` that does not start a heredoc (`<<NAME` or `<<-NAME` followed by a line break)", 0);
    }
    Span opener = spanSinceMark();
    pos += at(pos) == '\r' ? 1 : 0;
    advance();
    frames.add(new Frame(Mode.HEREDOC, opener, marker));
    return new Token(TokenKind.OHEREDOC, (indented ? "-" : "") + marker, opener, nesting++);
  }

  // ---- templates

  /** <code>${</code> or <code>%{</code> at pos, not escaped; returns the token or null. */
  private Token templateOpener() {
    char c = src.charAt(pos);
    if ((c != '$' && c != '%') || at(pos + 1) != '{') {
      return null;
    }
    pos += 2;
    String strip = "";
    if (at(pos) == '~') {
      pos++;
      strip = "~";
    }
    frames.add(new Frame(Mode.CODE, spanSinceMark(), null));
    return emit(c == '$' ? TokenKind.TEMPLATE_INTERP : TokenKind.TEMPLATE_CONTROL, strip, 1);
  }

  private Token quoted(Frame f) {
    mark();
    if (atEnd() || src.charAt(pos) == '\n' || src.charAt(pos) == '\r') {
      frames.remove(frames.size() - 1);
      Span where = new Span(f.opener.startLine(), f.opener.startColumn(), line,
          pos - lineStart + 1, f.opener.startOffset(), pos);
      Token t = new Token(TokenKind.INVALID,
          "this string is not closed with `\"` before the end of its line", where, nesting);
      nesting--;
      return t;
    }
    if (src.charAt(pos) == '"') {
      pos++;
      frames.remove(frames.size() - 1);
      return emit(TokenKind.CQUOTE, "\"", -1);
    }
    Token opener = templateOpener();
    if (opener != null) {
      return opener;
    }
    StringBuilder text = new StringBuilder();
    while (!atEnd()) {
      char c = src.charAt(pos);
      if (c == '"' || c == '\n' || c == '\r') {
        break;
      }
      if ((c == '$' || c == '%') && at(pos + 1) == '{') {
        break;
      }
      if ((c == '$' || c == '%') && at(pos + 1) == c && at(pos + 2) == '{') {
        text.append(c).append('{');
        pos += 3;
      } else if (c == '\\') {
        escape(text);
      } else {
        text.append(c);
        pos++;
      }
      if (text.length() > maxString) {
        throw HclLimitException.of(HclProblem.Kind.LIMIT_STRING, spanSinceMark(), maxString);
      }
    }
    return emit(TokenKind.TEMPLATE_TEXT, text.toString(), 0);
  }

  private void escape(StringBuilder text) {
    int start = pos;
    char e = at(pos + 1);
    pos += 2;
    switch (e) {
      case 'n' -> text.append('\n');
      case 'r' -> text.append('\r');
      case 't' -> text.append('\t');
      case '"' -> text.append('"');
      case '\\' -> text.append('\\');
      case 'u', 'U' -> {
        int digits = e == 'u' ? 4 : 8;
        int cp = 0;
        int i = 0;
        while (i < digits && Character.digit(at(pos + i), 16) >= 0) {
          cp = cp * 16 + Character.digit(at(pos + i), 16);
          i++;
        }
        if (i < digits || !Character.isValidCodePoint(cp)) {
          badEscape(start, "`\\" + e + "` must be followed by " + digits
              + " hexadecimal digits naming a Unicode character");
        } else {
          text.appendCodePoint(cp);
        }
        pos += i;
      }
      default -> {
        if (e == '\n' || e == '\r' || e == '\0') {
          pos--; // leave the line break (or the end) to end the string
        }
        badEscape(start, "the escape `\\" + (e == '\n' || e == '\r' || e == '\0' ? "" : e)
            + "` (HCL strings know \\n, \\r, \\t, \\\", \\\\ and \\u or \\U with hex digits)");
      }
    }
  }

  private void badEscape(int start, String detail) {
    Span s = new Span(line, start - lineStart + 1, line, pos - lineStart + 1, start, pos);
    report.accept(HclProblem.syntax(s, detail));
  }

  private Token heredoc(Frame f) {
    mark();
    if (f.atLineStart) {
      Token close = heredocCloser(f);
      if (close != null) {
        return close;
      }
    }
    if (atEnd()) {
      frames.remove(frames.size() - 1);
      Token t = new Token(TokenKind.INVALID, "this heredoc is never closed: no line `" + f.marker + "` ends it",
          f.opener, nesting);
      nesting--;
      return t;
    }
    f.atLineStart = false;
    Token opener = templateOpener();
    if (opener != null) {
      return opener;
    }
    StringBuilder text = new StringBuilder();
    while (!atEnd()) {
      char c = src.charAt(pos);
      if ((c == '$' || c == '%') && at(pos + 1) == '{') {
        break;
      }
      if ((c == '$' || c == '%') && at(pos + 1) == c && at(pos + 2) == '{') {
        text.append(c).append('{');
        pos += 3;
        continue;
      }
      text.append(c);
      advance();
      if (text.length() > maxString) {
        throw HclLimitException.of(HclProblem.Kind.LIMIT_STRING, spanSinceMark(), maxString);
      }
      if (c == '\n') {
        f.atLineStart = true;
        break;
      }
    }
    return emit(TokenKind.TEMPLATE_TEXT, text.toString(), 0);
  }

  /** At a line start inside a heredoc: the closing line, if this is it. */
  private Token heredocCloser(Frame f) {
    int p = pos;
    while (at(p) == ' ' || at(p) == '\t') {
      p++;
    }
    if (!src.startsWith(f.marker, p)) {
      return null;
    }
    int after = p + f.marker.length();
    if (after < src.length() && src.charAt(after) != '\n'
        && !(src.charAt(after) == '\r' && at(after + 1) == '\n')) {
      return null;
    }
    pos = after;
    frames.remove(frames.size() - 1);
    return emit(TokenKind.CHEREDOC, f.marker, -1);
  }
}
