package dev.sagelint.core.source.terraform.hcl;

import dev.sagelint.core.parse.ParseLimits;
import dev.sagelint.core.parse.Span;
import dev.sagelint.core.source.terraform.hcl.Expression.BinaryOperator;
import dev.sagelint.core.source.terraform.hcl.Expression.TemplateForm;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for the HCL native syntax: configuration files of blocks and
 * attributes, and the full expression language (literals, templates with interpolations and
 * directives, heredocs, tuples, objects, function calls, traversals, splats, for expressions,
 * conditionals and operators).
 *
 * <p>It evaluates nothing and reads nothing but the string it is given. A syntax error becomes
 * a located {@link HclProblem}; the parser then skips to the end of the statement (the line
 * break at the same bracket depth) and goes on, so one typo does not hide the rest of the file.
 * Depth, node count and string length are bounded by {@link ParseLimits}; passing a bound stops
 * the parse with a problem, keeping what was read before.
 *
 * <p>Newlines: in a body and in an object constructor a line break ends an item; inside
 * parentheses, brackets, interpolations and for expressions it is only white space, as in HCL.
 */
public final class HclParser {
  /**
   * At most this many syntax problems are reported for a file; past them the rest is noise, and
   * the parser stops with one {@link HclProblem.Kind#TOO_MANY_ERRORS} problem.
   */
  public static final int MAX_ERRORS = 50;

  private final HclLexer lexer;
  private final ParseLimits limits;
  private final Deque<Token> ahead = new ArrayDeque<>();
  private final List<HclProblem> problems = new ArrayList<>();
  /** Whether line breaks are insignificant in the current context; top is the current one. */
  private boolean[] ignoreNewlines = new boolean[16];
  private int modes;
  private int depth;
  private int nodes;

  private HclParser(String text, ParseLimits limits) {
    this.lexer = new HclLexer(text, limits.maxStringLength(), this::report);
    this.limits = limits;
    pushNewlines(false);
  }

  /** Parses with the default limits. */
  public static HclParseResult parse(String text) {
    return parse(text, ParseLimits.DEFAULT);
  }

  /** Parses {@code text}, one whole {@code .tf} file, never throwing on bad input. */
  public static HclParseResult parse(String text, ParseLimits limits) {
    return new HclParser(text, limits).file();
  }

  /** A syntax error inside a statement; caught where the statement started. */
  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Span span;

    SyntaxError(String detail, Span span) {
      super(detail, null, false, false);
      this.span = span;
    }
  }

  private HclParseResult file() {
    List<BodyItem> items = new ArrayList<>();
    try {
      bodyItems(items, null);
    } catch (HclLimitException e) {
      problems.add(e.problem);
    } catch (StackOverflowError e) {
      // Only with a max-depth set near its ceiling on a small thread stack: report it as the
      // depth limit it is, where the parser had got to, rather than fail the whole run.
      Token at = ahead.isEmpty() ? null : ahead.peekFirst();
      problems.add(HclProblem.of(HclProblem.Kind.LIMIT_DEPTH,
          at == null ? Span.FILE : at.span(), depth));
    }
    problems.sort((a, b) -> Integer.compare(a.span().startOffset(), b.span().startOffset()));
    return new HclParseResult(new Body(items, lexer.fileSpan()), problems);
  }

  // ---- tokens

  private Token raw(int k) {
    while (ahead.size() <= k) {
      ahead.addLast(lexer.next());
    }
    if (k == 0) {
      return ahead.peekFirst();
    }
    int i = 0;
    for (Token t : ahead) {
      if (i++ == k) {
        return t;
      }
    }
    throw new IllegalStateException();
  }

  /** The next token that matters here: line breaks are dropped where they are white space. */
  private Token peek() {
    if (ignoreNewlines[modes - 1]) {
      while (raw(0).is(TokenKind.NEWLINE)) {
        ahead.removeFirst();
      }
    }
    return raw(0);
  }

  /** The significant token after {@link #peek()}. */
  private Token peekSecond() {
    peek();
    int k = 1;
    while (ignoreNewlines[modes - 1] && raw(k).is(TokenKind.NEWLINE)) {
      k++;
    }
    return raw(k);
  }

  private Token next() {
    peek();
    return ahead.removeFirst();
  }

  private boolean accept(TokenKind kind) {
    if (peek().is(kind)) {
      next();
      return true;
    }
    return false;
  }

  private Token expect(TokenKind kind, String context) {
    Token t = peek();
    if (!t.is(kind)) {
      throw unexpected(t, "expected " + kind.description + " " + context);
    }
    return next();
  }

  private SyntaxError unexpected(Token t, String expectation) {
    if (t.is(TokenKind.INVALID)) {
      return new SyntaxError(t.text() + " is not allowed here (" + expectation + ")", t.span());
    }
    return new SyntaxError(expectation + ", found " + t.describe(), t.span());
  }

  private void pushNewlines(boolean ignore) {
    if (modes == ignoreNewlines.length) {
      ignoreNewlines = java.util.Arrays.copyOf(ignoreNewlines, modes * 2);
    }
    ignoreNewlines[modes++] = ignore;
  }

  private void popNewlines() {
    modes--;
  }

  private void enter(Span at) {
    if (++depth > limits.maxDepth()) {
      throw HclLimitException.of(HclProblem.Kind.LIMIT_DEPTH, at, limits.maxDepth());
    }
  }

  private void leave() {
    depth--;
  }

  private void count(Span at) {
    if (++nodes > limits.maxNodes()) {
      throw HclLimitException.of(HclProblem.Kind.LIMIT_NODES, at, limits.maxNodes());
    }
  }

  private static Span between(Span from, Span to) {
    return new Span(from.startLine(), from.startColumn(), to.endLine(), to.endColumn(),
        from.startOffset(), to.endOffset());
  }

  // ---- bodies

  /**
   * Reads statements until EOF or, inside a block, until its closing brace (not consumed).
   *
   * @param open the block's opening brace, or null at top level
   */
  private void bodyItems(List<BodyItem> items, Token open) {
    Map<String, Attribute> seen = new HashMap<>();
    while (true) {
      Token t = raw(0);
      if (t.is(TokenKind.NEWLINE)) {
        ahead.removeFirst();
        continue;
      }
      if (t.is(TokenKind.EOF)) {
        if (open != null) {
          error(new SyntaxError("this block's `{` is never closed with `}`", open.span()));
        }
        return;
      }
      if (t.is(TokenKind.RBRACE) && open != null) {
        return;
      }
      int savedModes = modes;
      int savedDepth = depth;
      try {
        BodyItem item = statement();
        items.add(item);
        if (item instanceof Attribute a) {
          Attribute earlier = seen.putIfAbsent(a.name(), a);
          if (earlier != null) {
            error(new SyntaxError("the attribute `" + a.name() + "` is already defined at line "
                + earlier.nameSpan().startLine() + ", column " + earlier.nameSpan().startColumn(),
                a.nameSpan()));
          }
        }
      } catch (SyntaxError e) {
        modes = savedModes;
        depth = savedDepth;
        error(e);
        recover(t.nesting());
      }
    }
  }

  private void error(SyntaxError e) {
    report(HclProblem.syntax(e.span, e.getMessage()));
  }

  private void report(HclProblem p) {
    if (problems.size() >= MAX_ERRORS) {
      throw HclLimitException.of(HclProblem.Kind.TOO_MANY_ERRORS, p.span(), MAX_ERRORS);
    }
    problems.add(p);
  }

  /**
   * Skips to the end of the failed statement: the line break at the statement's nesting level,
   * or the brace that closes the enclosing block (left for the block), or the end of the file.
   * Always makes progress, so a file of garbage costs one pass.
   */
  private void recover(int level) {
    while (true) {
      Token t = raw(0);
      if (t.is(TokenKind.EOF)) {
        return;
      }
      if (t.is(TokenKind.RBRACE) && t.nesting() <= level) {
        if (level > 0) {
          return;
        }
        ahead.removeFirst(); // a stray `}` at top level: skip it, or we would stop here forever
        return;
      }
      ahead.removeFirst();
      if (t.is(TokenKind.NEWLINE) && t.nesting() <= level) {
        return;
      }
    }
  }

  private BodyItem statement() {
    Token name = next();
    if (!name.is(TokenKind.IDENT)) {
      throw unexpected(name, "expected an attribute name or a block type");
    }
    count(name.span());
    Token t = peek();
    if (t.is(TokenKind.ASSIGN)) {
      next();
      Expression value = expression();
      endOfStatement("after the value of `" + name.text() + "`");
      return new Attribute(name.text(), name.span(), value, between(name.span(), value.span()));
    }
    List<BlockLabel> labels = new ArrayList<>();
    while (true) {
      t = peek();
      if (t.is(TokenKind.IDENT)) {
        next();
        labels.add(new BlockLabel(t.text(), false, t.span()));
      } else if (t.is(TokenKind.OQUOTE)) {
        labels.add(quotedLabel());
      } else {
        break;
      }
    }
    if (!t.is(TokenKind.LBRACE)) {
      throw unexpected(t, labels.isEmpty()
          ? "expected `=` or a block after `" + name.text() + "`"
          : "expected `{` to open the block `" + name.text() + "`");
    }
    Token open = next();
    enter(open.span());
    List<BodyItem> items = new ArrayList<>();
    bodyItems(items, open);
    Token close = raw(0);
    Span bodySpan;
    if (close.is(TokenKind.RBRACE)) {
      ahead.removeFirst();
      bodySpan = between(open.span(), close.span());
    } else {
      bodySpan = between(open.span(), close.span().start()); // unclosed: reported already
    }
    leave();
    Block b = new Block(name.text(), name.span(), labels, new Body(items, bodySpan),
        between(name.span(), bodySpan));
    if (close.is(TokenKind.RBRACE)) {
      endOfStatement("after the block's closing `}`");
    }
    return b;
  }

  private BlockLabel quotedLabel() {
    Token open = next();
    StringBuilder value = new StringBuilder();
    while (peek().is(TokenKind.TEMPLATE_TEXT)) {
      value.append(next().text());
    }
    Token close = peek();
    if (!close.is(TokenKind.CQUOTE)) {
      throw unexpected(close, "a block label is a plain string, expected its closing `\"`");
    }
    next();
    return new BlockLabel(value.toString(), true, between(open.span(), close.span()));
  }

  /** A statement ends at a line break, at the end of the file, or before a block's `}`. */
  private void endOfStatement(String where) {
    Token t = raw(0);
    if (t.is(TokenKind.NEWLINE)) {
      ahead.removeFirst();
    } else if (!t.is(TokenKind.EOF) && !t.is(TokenKind.RBRACE)) {
      throw unexpected(t, "expected a line break " + where);
    }
  }

  // ---- expressions

  private Expression expression() {
    Token first = peek();
    enter(first.span());
    count(first.span());
    try {
      Expression cond = binary(0);
      if (!peek().is(TokenKind.QUESTION)) {
        return cond;
      }
      next();
      Expression whenTrue = expression();
      expect(TokenKind.COLON, "between the two results of a conditional");
      Expression whenFalse = expression();
      return new Expression.Conditional(cond, whenTrue, whenFalse,
          between(cond.span(), whenFalse.span()));
    } finally {
      leave();
    }
  }

  /** Binding strength of the binary operators, from {@code ||} (0) to {@code * / %} (5). */
  private static int level(BinaryOperator op) {
    return switch (op) {
      case OR -> 0;
      case AND -> 1;
      case EQUAL, NOT_EQUAL -> 2;
      case LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL -> 3;
      case ADD, SUBTRACT -> 4;
      case MULTIPLY, DIVIDE, MODULO -> 5;
    };
  }

  private static BinaryOperator operator(TokenKind kind) {
    return switch (kind) {
      case OR -> BinaryOperator.OR;
      case AND -> BinaryOperator.AND;
      case EQ -> BinaryOperator.EQUAL;
      case NE -> BinaryOperator.NOT_EQUAL;
      case LT -> BinaryOperator.LESS;
      case LE -> BinaryOperator.LESS_OR_EQUAL;
      case GT -> BinaryOperator.GREATER;
      case GE -> BinaryOperator.GREATER_OR_EQUAL;
      case PLUS -> BinaryOperator.ADD;
      case MINUS -> BinaryOperator.SUBTRACT;
      case STAR -> BinaryOperator.MULTIPLY;
      case SLASH -> BinaryOperator.DIVIDE;
      case PERCENT -> BinaryOperator.MODULO;
      default -> null;
    };
  }

  /**
   * Left-associative binary operators by precedence climbing: operands bind tighter than
   * {@code minLevel}'s operators. One stack frame per operator, not one per level, which keeps
   * deep nesting far from the thread's stack limit.
   */
  private Expression binary(int minLevel) {
    Expression left = unary();
    while (true) {
      BinaryOperator op = operator(peek().kind());
      if (op == null || level(op) < minLevel) {
        return left;
      }
      next();
      Expression right = binary(level(op) + 1);
      count(right.span());
      left = new Expression.Binary(op, left, right, between(left.span(), right.span()));
    }
  }

  private Expression unary() {
    Token t = peek();
    if (t.is(TokenKind.BANG) || t.is(TokenKind.MINUS)) {
      next();
      enter(t.span());
      try {
        Expression operand = unary();
        return new Expression.Unary(t.is(TokenKind.MINUS), operand, between(t.span(), operand.span()));
      } finally {
        leave();
      }
    }
    return postfix(primary());
  }

  private Expression primary() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER:
        next();
        return new Expression.NumberLiteral(t.text(), t.span());
      case IDENT:
        return identifierExpression();
      case OQUOTE:
        return quotedTemplate();
      case OHEREDOC:
        return heredoc();
      case LBRACK:
        return tupleOrFor();
      case LBRACE:
        return objectOrFor();
      case LPAREN: {
        next();
        pushNewlines(true);
        Expression inner = expression();
        Token close = expect(TokenKind.RPAREN, "to close `(`");
        popNewlines();
        return new Expression.Parens(inner, between(t.span(), close.span()));
      }
      default:
        throw unexpected(t, "expected an expression");
    }
  }

  private Expression identifierExpression() {
    Token t = next();
    Token after = peek();
    if (after.is(TokenKind.LPAREN) || after.is(TokenKind.DOUBLE_COLON)) {
      return functionCall(t);
    }
    return switch (t.text()) {
      case "true" -> new Expression.BoolLiteral(true, t.span());
      case "false" -> new Expression.BoolLiteral(false, t.span());
      case "null" -> new Expression.NullLiteral(t.span());
      default -> new Expression.Variable(t.text(), t.span());
    };
  }

  private Expression functionCall(Token first) {
    StringBuilder name = new StringBuilder(first.text());
    Span nameSpan = first.span();
    while (accept(TokenKind.DOUBLE_COLON)) {
      Token part = expect(TokenKind.IDENT, "after `::` in a function name");
      name.append("::").append(part.text());
      nameSpan = between(nameSpan, part.span());
    }
    expect(TokenKind.LPAREN, "after the function name `" + name + "`");
    pushNewlines(true);
    List<Expression> args = new ArrayList<>();
    boolean expand = false;
    while (!peek().is(TokenKind.RPAREN)) {
      args.add(expression());
      if (accept(TokenKind.ELLIPSIS)) {
        expand = true;
        break;
      }
      if (!accept(TokenKind.COMMA)) {
        break;
      }
    }
    Token close = expect(TokenKind.RPAREN, "to close the arguments of `" + name + "`");
    popNewlines();
    return new Expression.FunctionCall(name.toString(), nameSpan, args, expand,
        between(first.span(), close.span()));
  }

  /** Attribute access, indexes and splats after a term. */
  private Expression postfix(Expression term) {
    Expression e = term;
    while (true) {
      Token t = peek();
      if (t.is(TokenKind.DOT)) {
        next();
        Token n = peek();
        if (n.is(TokenKind.IDENT)) {
          next();
          e = new Expression.GetAttr(e, n.text(), n.span(), between(e.span(), n.span()));
        } else if (n.is(TokenKind.NUMBER)) {
          next();
          e = legacyIndex(e, n);
        } else if (n.is(TokenKind.STAR)) {
          next();
          e = splat(e, false, n.span());
        } else {
          throw unexpected(n, "expected an attribute name after `.`");
        }
      } else if (t.is(TokenKind.LBRACK)) {
        next();
        pushNewlines(true);
        if (peek().is(TokenKind.STAR)) {
          next();
          Token close = expect(TokenKind.RBRACK, "after `[*`");
          popNewlines();
          e = splat(e, true, close.span());
        } else {
          Expression key = expression();
          Token close = expect(TokenKind.RBRACK, "to close the index");
          popNewlines();
          e = new Expression.Index(e, key, false, between(e.span(), close.span()));
        }
      } else {
        return e;
      }
      count(e.span());
    }
  }

  /** {@code a.0} and, since the lexer reads {@code 0.1} as one number, {@code a.0.1}. */
  private Expression legacyIndex(Expression e, Token number) {
    if (!number.text().chars().allMatch(Character::isDigit)) {
      String[] parts = number.text().split("\\.", -1);
      if (parts.length != 2 || !parts[0].chars().allMatch(Character::isDigit)
          || !parts[1].chars().allMatch(Character::isDigit)) {
        throw unexpected(number, "expected an attribute name or index after `.`");
      }
      Span s = number.span();
      int dot = parts[0].length();
      Span first = new Span(s.startLine(), s.startColumn(), s.startLine(), s.startColumn() + dot,
          s.startOffset(), s.startOffset() + dot);
      Span second = new Span(s.startLine(), s.startColumn() + dot + 1, s.endLine(), s.endColumn(),
          s.startOffset() + dot + 1, s.endOffset());
      Expression once = new Expression.Index(e,
          new Expression.NumberLiteral(parts[0], first), true, between(e.span(), first));
      return new Expression.Index(once, new Expression.NumberLiteral(parts[1], second), true,
          between(e.span(), second));
    }
    return new Expression.Index(e, new Expression.NumberLiteral(number.text(), number.span()),
        true, between(e.span(), number.span()));
  }

  private Expression splat(Expression source, boolean full, Span star) {
    List<Expression.Step> steps = new ArrayList<>();
    Span end = star;
    while (true) {
      Token t = peek();
      if (t.is(TokenKind.DOT) && peekSecond().is(TokenKind.IDENT)) {
        next();
        Token n = next();
        steps.add(new Expression.AttrStep(n.text(), n.span()));
        end = n.span();
      } else if (full && t.is(TokenKind.LBRACK) && !peekSecond().is(TokenKind.STAR)) {
        next();
        pushNewlines(true);
        Expression key = expression();
        Token close = expect(TokenKind.RBRACK, "to close the index");
        popNewlines();
        steps.add(new Expression.IndexStep(key, between(t.span(), close.span())));
        end = close.span();
      } else {
        return new Expression.Splat(source, full, steps, between(source.span(), end));
      }
    }
  }

  private Expression tupleOrFor() {
    Token open = next();
    pushNewlines(true);
    try {
      if (peek().isKeyword("for") && peekSecond().is(TokenKind.IDENT)) {
        return forExpression(open, false);
      }
      List<Expression> items = new ArrayList<>();
      while (!peek().is(TokenKind.RBRACK)) {
        items.add(expression());
        if (!accept(TokenKind.COMMA)) {
          break;
        }
      }
      Token close = expect(TokenKind.RBRACK, "to close the list (or `,` between items)");
      return new Expression.Tuple(items, between(open.span(), close.span()));
    } finally {
      popNewlines();
    }
  }

  private Expression objectOrFor() {
    Token open = next();
    pushNewlines(true);
    boolean isFor = peek().isKeyword("for") && peekSecond().is(TokenKind.IDENT);
    if (isFor) {
      try {
        return forExpression(open, true);
      } finally {
        popNewlines();
      }
    }
    popNewlines();
    // In an object, a line break separates items, so it is significant again.
    pushNewlines(false);
    try {
      List<Expression.ObjectItem> items = new ArrayList<>();
      while (true) {
        while (raw(0).is(TokenKind.NEWLINE)) {
          ahead.removeFirst();
        }
        if (peek().is(TokenKind.RBRACE)) {
          break;
        }
        Expression key = expression();
        Token sep = peek();
        if (!sep.is(TokenKind.ASSIGN) && !sep.is(TokenKind.COLON)) {
          throw unexpected(sep, "expected `=` or `:` after an object key");
        }
        next();
        Expression value = expression();
        items.add(new Expression.ObjectItem(key, value, between(key.span(), value.span())));
        Token after = peek();
        if (after.is(TokenKind.COMMA) || after.is(TokenKind.NEWLINE)) {
          next();
        } else if (!after.is(TokenKind.RBRACE)) {
          throw unexpected(after, "expected `,`, a line break or `}` after an object item");
        }
      }
      Token close = next();
      return new Expression.ObjectCons(items, between(open.span(), close.span()));
    } finally {
      popNewlines();
    }
  }

  /** After the opening bracket, with line breaks ignored. */
  private Expression forExpression(Token open, boolean object) {
    next(); // for
    String first = expect(TokenKind.IDENT, "after `for`").text();
    String keyVar = null;
    String valueVar = first;
    if (accept(TokenKind.COMMA)) {
      keyVar = first;
      valueVar = expect(TokenKind.IDENT, "as the second variable of `for`").text();
    }
    Token in = peek();
    if (!in.isKeyword("in")) {
      throw unexpected(in, "expected `in` in the `for` expression");
    }
    next();
    Expression collection = expression();
    expect(TokenKind.COLON, "after the collection of the `for` expression");
    Expression keyExpr = null;
    if (object) {
      keyExpr = expression();
      expect(TokenKind.FAT_ARROW, "between the key and the value of a `{for ...}`");
    }
    Expression value = expression();
    boolean grouping = object && accept(TokenKind.ELLIPSIS);
    Expression condition = null;
    if (peek().isKeyword("if")) {
      next();
      condition = expression();
    }
    Token close = expect(object ? TokenKind.RBRACE : TokenKind.RBRACK,
        "to close the `for` expression");
    return new Expression.ForExpr(keyVar, valueVar, collection, keyExpr, value, grouping,
        condition, between(open.span(), close.span()));
  }

  // ---- templates

  private Expression quotedTemplate() {
    Token open = next();
    List<TemplatePart> parts = templateParts(false);
    Token close = raw(0);
    if (close.is(TokenKind.INVALID) && close.span().startOffset() == open.span().startOffset()) {
      throw new SyntaxError(close.text(), close.span());
    }
    if (!close.is(TokenKind.CQUOTE)) {
      throw unexpected(close, "expected the closing `\"` of the string");
    }
    ahead.removeFirst();
    return new Expression.Template(TemplateForm.QUOTED, parts, between(open.span(), close.span()));
  }

  private Expression heredoc() {
    Token open = next();
    List<TemplatePart> parts = templateParts(false);
    Token close = raw(0);
    if (close.is(TokenKind.INVALID) && close.span().equals(open.span())) {
      throw new SyntaxError(close.text(), close.span());
    }
    if (!close.is(TokenKind.CHEREDOC)) {
      throw unexpected(close, "expected the line `" + open.text().replace("-", "")
          + "` that ends the heredoc");
    }
    ahead.removeFirst();
    TemplateForm form = open.text().startsWith("-") ? TemplateForm.INDENTED_HEREDOC
        : TemplateForm.HEREDOC;
    return new Expression.Template(form, parts, between(open.span(), close.span()));
  }

  /**
   * Template content up to what closes it: the quote or heredoc end, or, inside a directive,
   * the {@code else}/{@code endif}/{@code endfor} directive (left unread for the caller).
   */
  private List<TemplatePart> templateParts(boolean inDirective) {
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder text = null;
    Span textSpan = null;
    long length = 0;
    while (true) {
      Token t = raw(0);
      if (t.is(TokenKind.TEMPLATE_TEXT)) {
        ahead.removeFirst();
        length += t.text().length();
        if (length > limits.maxStringLength()) {
          throw HclLimitException.of(HclProblem.Kind.LIMIT_STRING, t.span(), limits.maxStringLength());
        }
        if (text == null) {
          text = new StringBuilder(t.text());
          textSpan = t.span();
        } else {
          text.append(t.text());
          textSpan = between(textSpan, t.span());
        }
        continue;
      }
      if (text != null) {
        parts.add(new TemplatePart.Text(text.toString(), textSpan));
        text = null;
      }
      if (t.is(TokenKind.TEMPLATE_INTERP)) {
        parts.add(interpolation());
      } else if (t.is(TokenKind.TEMPLATE_CONTROL)) {
        Token keyword = raw(1);
        if (keyword.isKeyword("if")) {
          parts.add(ifDirective());
        } else if (keyword.isKeyword("for")) {
          parts.add(forDirective());
        } else if (inDirective && (keyword.isKeyword("else") || keyword.isKeyword("endif")
            || keyword.isKeyword("endfor"))) {
          return parts;
        } else {
          throw unexpected(keyword, "expected `if` or `for` after `%{`");
        }
      } else {
        return parts;
      }
    }
  }

  private TemplatePart interpolation() {
    Token open = raw(0);
    ahead.removeFirst();
    pushNewlines(true);
    Expression e = expression();
    Token close = expect(TokenKind.TEMPLATE_SEQ_END, "to close `${`");
    popNewlines();
    return new TemplatePart.Interpolation(e, open.text().equals("~"), close.text().equals("~"),
        between(open.span(), close.span()));
  }

  /** <code>%{ word }</code> with nothing inside; returns the closing token. */
  private Token bareDirective(String word) {
    Token open = raw(0);
    if (!open.is(TokenKind.TEMPLATE_CONTROL) || !raw(1).isKeyword(word)) {
      throw unexpected(open.is(TokenKind.TEMPLATE_CONTROL) ? raw(1) : open,
          "expected `%{ " + word + " }`");
    }
    ahead.removeFirst();
    pushNewlines(true);
    next();
    Token close = expect(TokenKind.TEMPLATE_SEQ_END, "to close `%{ " + word + "`");
    popNewlines();
    return close;
  }

  private TemplatePart ifDirective() {
    Token open = raw(0);
    ahead.removeFirst();
    pushNewlines(true);
    next(); // if
    Expression cond = expression();
    expect(TokenKind.TEMPLATE_SEQ_END, "to close `%{ if`");
    popNewlines();
    enter(open.span());
    List<TemplatePart> whenTrue = templateParts(true);
    List<TemplatePart> whenFalse = List.of();
    if (raw(0).is(TokenKind.TEMPLATE_CONTROL) && raw(1).isKeyword("else")) {
      bareDirective("else");
      whenFalse = templateParts(true);
    }
    Token end = bareDirective("endif");
    leave();
    return new TemplatePart.If(cond, whenTrue, whenFalse, between(open.span(), end.span()));
  }

  private TemplatePart forDirective() {
    Token open = raw(0);
    ahead.removeFirst();
    pushNewlines(true);
    next(); // for
    String first = expect(TokenKind.IDENT, "after `for`").text();
    String keyVar = null;
    String valueVar = first;
    if (accept(TokenKind.COMMA)) {
      keyVar = first;
      valueVar = expect(TokenKind.IDENT, "as the second variable of `for`").text();
    }
    if (!peek().isKeyword("in")) {
      throw unexpected(peek(), "expected `in` in the `for` directive");
    }
    next();
    Expression collection = expression();
    expect(TokenKind.TEMPLATE_SEQ_END, "to close `%{ for`");
    popNewlines();
    enter(open.span());
    List<TemplatePart> body = templateParts(true);
    Token end = bareDirective("endfor");
    leave();
    return new TemplatePart.For(keyVar, valueVar, collection, body,
        between(open.span(), end.span()));
  }
}
