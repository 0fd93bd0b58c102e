//! Source edits: find the inline asm statement at a file:line, parse its
//! template and operand lists (strings, nested parentheses, macros, named and
//! positional operands, matching constraints, goto labels), and rewrite it for a
//! fix strategy with every positional reference renumbered; and the Kconfig edit
//! that makes KMSAN builds use frame pointers.

use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Ident,
    Str,
    Char,
    Number,
    Punct(u8),
}

#[derive(Clone, Debug)]
pub struct Token {
    pub kind: Tok,
    pub span: Range<usize>,
}

/// A character of a C identifier as clang and gcc read one: letters,
/// digits, `_` and `$` (a GNU extension both accept by default on x86-64
/// Linux: a `#define $EXTRA` read as no definition let a macro defined only
/// in another configuration through, blind review 112). `tokenize` also
/// takes every byte of a UTF-8 character.
pub fn ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// C tokens of `text`, without comments and whitespace (a backslash-newline is
/// whitespace, so macro bodies tokenize like code). Errors on unterminated
/// strings and comments.
pub fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace()
            || (c == b'\\' && b.get(i + 1) == Some(&b'\n'))
            || (c == b'\\' && b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n'))
        {
            i += 1;
            continue;
        }
        // `#warning it's …` / `#error`: free text (an apostrophe is no
        // character literal), to the end of the line.
        if c == b'#'
            && text[..i]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty())
        {
            let rest = text[i + 1..].trim_start_matches([' ', '\t']);
            if rest.starts_with("warning") || rest.starts_with("error") {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
        }
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            // To the end of the line, which a backslash before the newline
            // continues (the comment then swallows the next line too).
            while i < b.len() {
                if b[i] == b'\n' {
                    let spliced = b[..i].ends_with(b"\\") || b[..i].ends_with(b"\\\r");
                    if !spliced {
                        break;
                    }
                }
                i += 1;
            }
            continue;
        }
        if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let end = text[i + 2..]
                .find("*/")
                .ok_or_else(|| format!("unterminated comment at line {}", line_of(text, i)))?;
            i += 2 + end + 2;
            continue;
        }
        if c == b'"' || c == b'\'' {
            let start = i;
            i += 1;
            while i < b.len() && b[i] != c {
                if b[i] == b'\\' {
                    i += 1;
                }
                // A newline ends the literal unless spliced (`\` LF or `\` CR LF).
                if b[i.min(b.len() - 1)] == b'\n'
                    && b[i - 1] != b'\\'
                    && !(b[i - 1] == b'\r' && i >= 2 && b[i - 2] == b'\\')
                {
                    return Err(format!(
                        "unterminated literal at line {}",
                        line_of(text, start)
                    ));
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(format!(
                    "unterminated literal at line {}",
                    line_of(text, start)
                ));
            }
            i += 1;
            out.push(Token {
                kind: if c == b'"' { Tok::Str } else { Tok::Char },
                span: start..i,
            });
            continue;
        }
        // Identifiers may hold UTF-8 (C11 extended characters): every byte of
        // a multi-byte character is >= 0x80, so a token never splits one.
        if c.is_ascii_alphabetic() || c == b'_' || c == b'$' || c >= 0x80 {
            let start = i;
            while i < b.len() && (ident_char(b[i] as char) || b[i] >= 0x80) {
                i += 1;
            }
            out.push(Token {
                kind: Tok::Ident,
                span: start..i,
            });
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.') {
                i += 1;
            }
            out.push(Token {
                kind: Tok::Number,
                span: start..i,
            });
            continue;
        }
        out.push(Token {
            kind: Tok::Punct(c),
            span: i..i + 1,
        });
        i += 1;
    }
    Ok(out)
}

/// Identifiers of C `text` (not inside strings or character literals); the
/// words of the text when it does not tokenize.
pub fn identifiers(text: &str) -> Vec<String> {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !(ident_char(c)))
            .filter(|w| !w.is_empty() && !w.starts_with(|c: char| c.is_ascii_digit()))
            .map(str::to_string)
            .collect()
    };
    match tokenize(text) {
        Ok(toks) => toks
            .iter()
            .filter(|t| t.kind == Tok::Ident)
            .map(|t| text[t.span.clone()].to_string())
            .collect(),
        Err(_) => words(text),
    }
}

/// Why a macro marked with an unseen override (`macro_index`) has no
/// meaning rspill can rely on.
pub const UNSEEN_WHY: &str = "may be defined by something rspill does not read (it is an `#ifndef` default, defined only under a condition, or only on this command line; another configuration's -D or a header outside the tree may define it)";

/// A macro defined more than once with different bodies (under `#ifdef`,
/// `#undef` and redefined, or in two headers) is recorded as this prefix and
/// every body, each after a `\u{1}`: which one a build sees depends on its
/// configuration, so an operand count holds only if every body gives it.
pub const CONFLICTING_DEFINITIONS: &str = "\0conflicting definitions";

/// The bodies recorded for a macro: one, or each of its conflicting ones.
pub fn definitions(body: &str) -> Vec<&str> {
    match body.strip_prefix(CONFLICTING_DEFINITIONS) {
        Some(rest) => rest
            .split('\u{1}')
            .filter(|b| !b.is_empty() || rest.is_empty())
            .collect(),
        None => vec![body],
    }
}

/// Record `body` as a definition of `name` in `table` (another body makes
/// the name conflicting, keeping every body).
pub fn add_definition(
    table: &mut std::collections::HashMap<String, String>,
    name: String,
    body: String,
) {
    match table.get(&name) {
        None => {
            table.insert(name, body);
        }
        Some(old) if definitions(old).contains(&body.as_str()) => {}
        Some(old) => {
            let mut all: Vec<String> = definitions(old).into_iter().map(str::to_string).collect();
            all.push(body);
            let mut joined = CONFLICTING_DEFINITIONS.to_string();
            for b in all {
                joined.push('\u{1}');
                joined.push_str(&b);
            }
            table.insert(name, joined);
        }
    }
}

/// `#define NAME body` definitions in `text` (continuation lines joined);
/// function-like macros under the key `NAME()` with `(params) body`; a name
/// defined twice with different bodies is `CONFLICTING_DEFINITIONS`.
pub fn object_like_defines(text: &str) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let joined = text.replace("\\\r\n", " ").replace("\\\n", " ");
    for line in joined.lines() {
        let Some(rest) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("define") else {
            continue;
        };
        let rest = rest.trim_start();
        let name: String = rest.chars().take_while(|c| ident_char(*c)).collect();
        let body = &rest[name.len()..];
        if name.is_empty() {
            continue;
        }
        if body.starts_with('(') {
            // Function-like: kept as `NAME()` → `(params) body`, for telling
            // a pass-through operand macro (`ASM_OUTPUT2(a...) a`).
            add_definition(&mut out, format!("{name}()"), body.trim().to_string());
        } else {
            add_definition(&mut out, name, body.trim().to_string());
        }
    }
    out
}

/// `name` and the macros of `text` (object- or function-like) that use it,
/// directly or through each other: the names a translation unit must mention
/// to expand a statement inside macro `name`.
pub fn macro_and_users(text: &str, name: &str) -> Vec<String> {
    let joined = text.replace("\\\r\n", " ").replace("\\\n", " ");
    let defines: Vec<(String, &str)> = joined
        .lines()
        .filter_map(|l| {
            let rest = l
                .trim_start()
                .strip_prefix('#')?
                .trim_start()
                .strip_prefix("define")?;
            let rest = rest.trim_start();
            let n: String = rest.chars().take_while(|c| ident_char(*c)).collect();
            let body = &rest[n.len()..];
            Some((n, body))
        })
        .collect();
    let mentions = |body: &str, n: &str| {
        body.match_indices(n).any(|(at, _)| {
            let before = body[..at].chars().next_back();
            let after = body[at + n.len()..].chars().next();
            let ident = |c: Option<char>| c.is_some_and(ident_char);
            !ident(before) && !ident(after)
        })
    };
    let mut names = vec![name.to_string()];
    let mut k = 0;
    while k < names.len() {
        for (n, body) in &defines {
            if !names.contains(n) && mentions(body, &names[k]) {
                names.push(n.clone());
            }
        }
        k += 1;
    }
    names
}

/// The C function whose body contains byte `pos`: the identifier before the
/// parameter list of the outermost `{` still open at `pos` (braces in strings
/// and comments do not count).
pub fn enclosing_function(text: &str, pos: usize) -> Option<String> {
    let toks = tokenize(text).ok()?;
    let mut open: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.span.start >= pos {
            break;
        }
        match t.kind {
            Tok::Punct(b'{') => open.push(i),
            Tok::Punct(b'}') => {
                open.pop();
            }
            _ => {}
        }
    }
    let brace = *open.first()?;
    // The parameter list closes right before the body (attributes aside).
    let close = (0..brace)
        .rev()
        .find(|&i| toks[i].kind == Tok::Punct(b')'))?;
    let i = group_start(&toks, close)?;
    let name = toks.get(i.checked_sub(1)?)?;
    (name.kind == Tok::Ident).then(|| text[name.span.clone()].to_string())
}

/// The index of the `(` that the `)` at `close` ends.
pub fn group_start(toks: &[Token], close: usize) -> Option<usize> {
    let mut depth = 0;
    let mut i = close;
    loop {
        match toks[i].kind {
            Tok::Punct(b')') => depth += 1,
            Tok::Punct(b'(') => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i = i.checked_sub(1)?;
    }
}

/// 1-based line number of byte `pos`.
pub fn line_of(text: &str, pos: usize) -> usize {
    text.as_bytes()[..pos.min(text.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1
}

/// Byte range of 1-based `line` (without its newline).
fn line_range(text: &str, line: usize) -> Option<Range<usize>> {
    let mut start = 0;
    for (n, l) in text.split('\n').enumerate() {
        if n + 1 == line {
            return Some(start..start + l.len());
        }
        start += l.len() + 1;
    }
    None
}

/// One operand of an output or input list.
#[derive(Clone, Debug, PartialEq)]
pub struct Operand {
    /// The operand's text as written (`"+c" (len)`, `ASM_CALL_CONSTRAINT`).
    pub text: String,
    pub span: Range<usize>,
    /// `[name]`, when named.
    pub name: Option<String>,
    /// The constraint string's contents (`+c`), when written out.
    pub constraint: Option<String>,
    /// How many asm operands it stands for (a macro may expand to several); None
    /// for a parameter of the enclosing macro (`output`, `## input`), which only
    /// the call site decides.
    pub count: Option<usize>,
    /// The operand is `ASM_CALL_CONSTRAINT`.
    pub is_call_constraint: bool,
    /// How many of its asm operands are `"+"` outputs (each has a hidden
    /// input); None when unknown.
    pub plus: Option<usize>,
    /// Why `count` or `plus` is unknown.
    pub unknown_because: Option<String>,
    /// The operand is a macro alone (`NAME`, `NAME(...)`) that may expand to
    /// nothing (its count is 0 or unknown).
    pub may_be_empty: bool,
}

/// A parsed inline asm statement.
#[derive(Clone, Debug)]
pub struct AsmStatement {
    /// Byte range of the statement, from `asm` to its closing parenthesis.
    pub span: Range<usize>,
    pub first_line: usize,
    pub last_line: usize,
    /// The keyword and qualifiers as written (`asm volatile`, `asm_inline`).
    pub keyword: String,
    pub is_goto: bool,
    /// The statement sits in a `#define` (its lines end with backslashes).
    pub in_macro: Option<String>,
    /// That macro's parameters (`__VA_ARGS__` for `...`).
    pub macro_params: Vec<String>,
    /// Indexes of those parameters the template uses (and whether
    /// stringified): every use of the macro must pass text without operand
    /// references there (`MacroIndex::parameter_hazard`).
    pub template_params: Vec<(usize, bool)>,
    /// String literals of the template, by span.
    pub template_strings: Vec<Range<usize>>,
    /// Positional references written outside the literals (`%1`, `%k1` as a
    /// macro argument), by span: renumbered with the literals.
    pub bare_references: Vec<Range<usize>>,
    pub outputs: Vec<Operand>,
    pub inputs: Vec<Operand>,
    /// Names in the clobber list (macros: `EXTRA_CLOBBERS`).
    pub clobber_macros: Vec<String>,
    /// Span of the output / input list (between its colons), when present.
    pub outputs_span: Option<Range<usize>>,
    pub inputs_span: Option<Range<usize>>,
    /// Where the colon that starts the inputs would go (end of outputs).
    pub after_outputs: usize,
    /// Why the statement cannot be edited safely, when it cannot: a positional
    /// reference outside string literals (a stringified macro argument) or a
    /// preprocessor directive inside the statement.
    pub hazard: Option<String>,
}

impl AsmStatement {
    /// Operands written as macros, but `ASM_CALL_CONSTRAINT` (as written),
    /// and macros in the clobber list: what they expand to in another
    /// configuration (an i386 build) only that configuration's preprocessor
    /// shows.
    pub fn macro_operands(&self) -> Vec<String> {
        self.outputs
            .iter()
            .chain(&self.inputs)
            .filter(|o| o.constraint.is_none() && !o.is_call_constraint)
            .map(|o| format!("`{}`", o.text.trim()))
            .chain(
                self.clobber_macros
                    .iter()
                    .map(|m| format!("`{m}` (a clobber)")),
            )
            .collect()
    }
}

impl AsmStatement {
    /// Number of output operands, when every output's count is known.
    pub fn output_count(&self) -> Option<usize> {
        self.outputs.iter().map(|o| o.count).sum()
    }

    pub fn call_constraint_index(&self) -> Option<usize> {
        self.outputs.iter().position(|o| o.is_call_constraint)
    }

    /// The index of the `ASM_CALL_CONSTRAINT` output both strategies move or
    /// remove, when it is exactly one `"+"` operand in every definition in
    /// reach: their renumbering counts it as one output with one hidden
    /// input, so anything else (`"+m" (x), "+r" (sp)` under some `#ifdef`,
    /// an `"=r"`, an unknown count) is refused, with why.
    pub fn movable_call_constraint(&self) -> Result<usize, String> {
        let k = self
            .call_constraint_index()
            .ok_or_else(|| no_call_constraint(self))?;
        let acc = &self.outputs[k];
        match (acc.count, acc.plus) {
            (Some(1), Some(1)) => Ok(k),
            _ => Err(acc.unknown_because.clone().unwrap_or_else(|| {
                format!(
                    "`{}` is not one \"+\" operand here, and the edit renumbers for one",
                    acc.text.trim()
                )
            })),
        }
    }
}

/// The words that start an inline asm statement.
pub(crate) const ASM_KEYWORDS: [&str; 4] = ["asm", "__asm__", "__asm", "asm_inline"];
const QUALIFIERS: [&str; 6] = [
    "volatile",
    "__volatile__",
    "__volatile",
    "inline",
    "__inline__",
    "goto",
];

/// Operand counts of macros used in operand lists, beyond `ASM_CALL_CONSTRAINT`:
/// looked up in the tree by the caller (`#define NAME body`).
pub type MacroLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

/// Every inline asm statement in `text`.
pub fn asm_statements(text: &str, macros: MacroLookup) -> Result<Vec<AsmStatement>, String> {
    let toks = tokenize(text)?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // `register long v asm("r13")`, `int f(void) asm("name")`: an asm
        // label of a declaration, not a statement.
        let label_of_declaration = i > 0
            && toks[i - 1].kind == Tok::Ident
            && !matches!(&text[toks[i - 1].span.clone()], "else" | "do" | "return")
            && !has_colon_inside(&toks[i..]);
        if t.kind == Tok::Ident
            && ASM_KEYWORDS.contains(&&text[t.span.clone()])
            && !label_of_declaration
        {
            let mut j = i + 1;
            let mut is_goto = false;
            while j < toks.len()
                && toks[j].kind == Tok::Ident
                && QUALIFIERS.contains(&&text[toks[j].span.clone()])
            {
                is_goto |= &text[toks[j].span.clone()] == "goto";
                j += 1;
            }
            if j < toks.len() && toks[j].kind == Tok::Punct(b'(') {
                let stmt = parse_statement(text, &toks, i, j, is_goto, macros)?;
                i = toks
                    .iter()
                    .position(|t| t.span.start >= stmt.span.end)
                    .unwrap_or(toks.len());
                out.push(stmt);
                continue;
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Whether the parenthesised group after `asm` (and its qualifiers) at
/// `toks[0]` has a `:` directly inside: an extended asm statement, never a
/// declaration's `asm("name")` label.
fn has_colon_inside(toks: &[Token]) -> bool {
    let Some(open) = toks.iter().position(|t| t.kind == Tok::Punct(b'(')) else {
        return false;
    };
    let mut depth = 0usize;
    for t in &toks[open..] {
        match t.kind {
            Tok::Punct(b'(') => depth += 1,
            Tok::Punct(b')') => {
                depth -= 1;
                if depth == 0 {
                    return false;
                }
            }
            Tok::Punct(b':') if depth == 1 => return true,
            _ => {}
        }
    }
    false
}

/// The asm statement whose lines include `line`.
pub fn statement_at(text: &str, line: usize, macros: MacroLookup) -> Result<AsmStatement, String> {
    if line_range(text, line).is_none() {
        return Err(format!("the file has no line {line}"));
    }
    let here: Vec<AsmStatement> = asm_statements(text, macros)?
        .into_iter()
        .filter(|s| s.first_line <= line && line <= s.last_line)
        .collect();
    let with_constraint: Vec<&AsmStatement> = here
        .iter()
        .filter(|s| text[s.span.clone()].contains("ASM_CALL_CONSTRAINT"))
        .collect();
    match (here.len(), with_constraint.as_slice()) {
        (0, _) => Err(format!("no inline asm statement at line {line}")),
        (1, _) => Ok(here.into_iter().next().expect("one")),
        (_, [one]) => Ok((*one).clone()),
        _ => Err(format!(
            "{} asm statements share line {line}: name a line only one of them is on",
            here.len()
        )),
    }
}

fn parse_statement(
    text: &str,
    toks: &[Token],
    kw: usize,
    open: usize,
    is_goto: bool,
    macros: MacroLookup,
) -> Result<AsmStatement, String> {
    // The matching close parenthesis, and the colons at depth 1.
    let mut depth = 0usize;
    let mut close = None;
    let mut colons = Vec::new();
    for (k, t) in toks.iter().enumerate().skip(open) {
        match t.kind {
            Tok::Punct(b'(') | Tok::Punct(b'[') | Tok::Punct(b'{') => depth += 1,
            Tok::Punct(b')') | Tok::Punct(b']') | Tok::Punct(b'}') => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            Tok::Punct(b':') if depth == 1 => colons.push(k),
            Tok::Punct(b';') if depth <= 1 => break,
            _ => {}
        }
    }
    let start = toks[kw].span.start;
    let close = close.ok_or_else(|| {
        format!(
            "unbalanced parentheses in the asm statement at line {}",
            line_of(text, start)
        )
    })?;
    let end = toks[close].span.end;
    // Sections: template, outputs, inputs, clobbers, labels.
    let mut bounds = vec![open + 1];
    bounds.extend(colons.iter().map(|&c| c + 1));
    let section = |n: usize| -> Option<Range<usize>> {
        let from = *bounds.get(n)?;
        let to = colons.get(n).copied().unwrap_or(close);
        Some(from..to)
    };
    let template = section(0).unwrap_or(open + 1..close);
    let template_strings = toks[template.clone()]
        .iter()
        .filter(|t| t.kind == Tok::Str)
        .map(|t| t.span.clone())
        .collect();
    let span_of = |r: &Range<usize>| -> Range<usize> {
        if r.is_empty() {
            let at = toks[r.start - 1].span.end;
            at..at
        } else {
            toks[r.start].span.start..toks[r.end - 1].span.end
        }
    };
    let outputs = section(1)
        .map(|r| operands(text, toks, r, macros))
        .transpose()?
        .unwrap_or_default();
    let inputs = section(2)
        .map(|r| operands(text, toks, r, macros))
        .transpose()?
        .unwrap_or_default();
    // Clobbers are strings; a name there is a macro, which may add
    // registers in a configuration the verifying unit is not built in.
    let clobber_macros = section(3)
        .map(|r| {
            toks[r]
                .iter()
                .filter(|t| t.kind == Tok::Ident)
                .map(|t| text[t.span.clone()].to_string())
                .collect()
        })
        .unwrap_or_default();
    let outputs_span = section(1).map(|r| span_of(&r));
    let inputs_span = section(2).map(|r| span_of(&r));
    let after_outputs = match (&outputs_span, colons.first()) {
        (Some(s), _) => s.end,
        (None, _) => toks[template.end.saturating_sub(1).max(open)].span.end,
    };
    let enclosing = enclosing_define(text, start);
    let params: &[String] = enclosing.as_ref().map_or(&[], |(_, p)| p.as_slice());
    // `%1` written outside the literals (an argument `__stringify`d into
    // the template, `_ASM_EXTABLE_TYPE_REG(1b, 2b, …, %1)`): renumbered like
    // the literals when the statement is the file's own text, and proven by
    // the preprocessor like every edit. In a macro's body, or spelled in a
    // way that may not be one reference, it is not touched.
    let bare = bare_references(text, &toks[template.clone()]);
    // The statement's own literals and bare references are renumbered by the edit.
    let used_params = template_params(text, &toks[template.clone()], params, macros, true);
    let hazard = if bare
        .as_ref()
        .map_or(true, |b| !b.is_empty() && enclosing.is_some())
    {
        Some("the template has a positional operand reference outside string literals (a macro argument); renumbering it is not safe".to_string())
    } else if toks[open..close].iter().any(|t| {
        // A directive: `#` first on its line and not a `##` paste.
        t.kind == Tok::Punct(b'#')
            && text.as_bytes().get(t.span.end) != Some(&b'#')
            && text[..t.span.start]
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty())
    }) {
        Some("a preprocessor directive sits inside the statement".to_string())
    } else if toks[kw..close].iter().enumerate().any(|(i, t)| {
        // `Té` and `T\u00e9` are one identifier to the compiler; rspill
        // looks macros up by spelling.
        (t.kind == Tok::Ident && !text[t.span.clone()].is_ascii())
            || (t.kind == Tok::Punct(b'\\')
                && toks.get(kw + i + 1).is_some_and(|n| {
                    n.span.start == t.span.end && text[n.span.clone()].starts_with(['u', 'U'])
                }))
    }) {
        Some("an identifier in the statement is spelled with non-ASCII characters or universal character names, which rspill does not match across spellings".to_string())
    } else {
        used_params.clone().err()
    };
    let keyword = toks[kw..open]
        .iter()
        .map(|t| &text[t.span.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    Ok(AsmStatement {
        span: start..end,
        first_line: line_of(text, start),
        last_line: line_of(text, end),
        keyword,
        is_goto,
        template_params: used_params.unwrap_or_default(),
        bare_references: bare.unwrap_or_default(),
        in_macro: enclosing.as_ref().map(|(n, _)| n.clone()),
        macro_params: enclosing.map(|(_, p)| p).unwrap_or_default(),
        hazard,
        template_strings,
        outputs,
        inputs,
        clobber_macros,
        outputs_span,
        inputs_span,
        after_outputs,
    })
}

/// `enclosing_define`, for other modules.
pub fn enclosing_define_params(text: &str, pos: usize) -> Option<(String, Vec<String>)> {
    enclosing_define(text, pos)
}

/// Every use `name(...)` in `text` outside `#define name(` itself: the byte
/// where it starts and its arguments split at top-level commas.
pub fn invocations(text: &str, name: &str) -> Vec<(usize, Vec<String>)> {
    let Ok(toks) = tokenize(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Tok::Ident || &text[t.span.clone()] != name {
            continue;
        }
        if toks.get(k + 1).map(|n| n.kind) != Some(Tok::Punct(b'(')) {
            continue;
        }
        // `#define name(` is the definition, not a use.
        if k >= 1 && &text[toks[k - 1].span.clone()] == "define" {
            continue;
        }
        let Some(close) = closing_paren(&toks[k + 1..]).map(|c| k + 1 + c) else {
            continue;
        };
        let mut args = Vec::new();
        let mut depth = 0usize;
        let mut start = toks[k + 1].span.end;
        for t in &toks[k + 2..close] {
            match t.kind {
                Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
                Tok::Punct(b')' | b']' | b'}') => depth = depth.saturating_sub(1),
                Tok::Punct(b',') if depth == 0 => {
                    args.push(text[start..t.span.start].trim().to_string());
                    start = t.span.end;
                }
                _ => {}
            }
        }
        args.push(text[start..toks[close].span.start].trim().to_string());
        out.push((t.span.start, args));
    }
    out
}

/// The macro whose `#define` contains byte `pos`, if any, with its parameter
/// names (`__VA_ARGS__` for `...`).
fn enclosing_define(text: &str, pos: usize) -> Option<(String, Vec<String>)> {
    let mut line_start = text[..pos].rfind('\n').map(|p| p + 1).unwrap_or(0);
    loop {
        let line = &text[line_start
            ..text[line_start..]
                .find('\n')
                .map(|e| line_start + e)
                .unwrap_or(text.len())];
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix('#') {
            let rest = rest.trim_start();
            if rest.starts_with("define") {
                // The parameter list may go on over continuation lines.
                let logical: String = text[line_start..]
                    .split_inclusive('\n')
                    .scan(true, |more, l| {
                        let take = *more;
                        *more = l.trim_end().ends_with('\\');
                        take.then(|| l.trim_end().trim_end_matches('\\').to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(" ");
                let def_at = logical.find("define").map_or(0, |a| a + "define".len());
                let def = logical[def_at..].trim_start();
                let name: String = def.chars().take_while(|c| ident_char(*c)).collect();
                let params = def[name.len()..]
                    .strip_prefix('(')
                    .and_then(|p| p.split_once(')'))
                    .map(|(p, _)| {
                        p.split(',')
                            .map(|x| {
                                let x = x.trim();
                                match x.strip_suffix("...") {
                                    Some("") => "__VA_ARGS__".to_string(),
                                    Some(n) => n.trim().to_string(),
                                    None => x.to_string(),
                                }
                            })
                            .filter(|x| !x.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                return Some((name, params));
            }
            return None;
        }
        if line_start == 0 {
            return None;
        }
        // Continue upwards only while the previous line continues into this one.
        let prev_end = line_start - 1;
        let prev_start = text[..prev_end].rfind('\n').map(|p| p + 1).unwrap_or(0);
        if !text[prev_start..prev_end].trim_end().ends_with('\\') {
            return None;
        }
        line_start = prev_start;
    }
}

/// Macro bodies are expanded at most this deep (`#define X X` must not recurse forever).
const MAX_MACRO_DEPTH: usize = 16;

/// Split an operand list at depth-0 commas and describe each operand.
fn operands(
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    macros: MacroLookup,
) -> Result<Vec<Operand>, String> {
    operands_at_depth(text, toks, range, macros, 0)
}

fn operands_at_depth(
    text: &str,
    toks: &[Token],
    range: Range<usize>,
    macros: MacroLookup,
    expansion_depth: usize,
) -> Result<Vec<Operand>, String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = range.start;
    let mut items = Vec::new();
    for k in range.clone() {
        match toks[k].kind {
            Tok::Punct(b'(') | Tok::Punct(b'[') => depth += 1,
            Tok::Punct(b')') | Tok::Punct(b']') => depth = depth.saturating_sub(1),
            Tok::Punct(b',') if depth == 0 => {
                items.push(start..k);
                start = k + 1;
            }
            _ => {}
        }
    }
    if start < range.end {
        items.push(start..range.end);
    }
    for item in items {
        if item.is_empty() {
            continue;
        }
        let span = toks[item.start].span.start..toks[item.end - 1].span.end;
        let its = &toks[item.clone()];
        let word = |t: &Token| &text[t.span.clone()];
        let mut name = None;
        let mut k = 0;
        if its[0].kind == Tok::Punct(b'[') && its.len() > 2 && its[2].kind == Tok::Punct(b']') {
            name = Some(word(&its[1]).to_string());
            k = 3;
        }
        let operand = match its.get(k) {
            Some(t) if t.kind == Tok::Str => {
                let c = word(t);
                // `"c" (expr)` and nothing after it: a macro after the
                // expression (`"=r" (a) MORE_OUTS`) may add operands, and a
                // constraint split over literals or macros is not `c`.
                let shaped = its.get(k + 1).is_some_and(|t| t.kind == Tok::Punct(b'('))
                    && closing_paren(&its[k + 1..]) == Some(its.len() - k - 2);
                let expr_hazard = if shaped && its.len() > k + 3 {
                    expression_hazard(text, &its[k + 2..its.len() - 1], macros)
                } else {
                    None
                };
                let plain = shaped && expr_hazard.is_none();
                Operand {
                    text: text[span.clone()].to_string(),
                    span: span.clone(),
                    name,
                    constraint: Some(c[1..c.len() - 1].to_string()).filter(|_| plain),
                    count: if plain { Some(1) } else { None },
                    is_call_constraint: false,
                    plus: plain.then(|| usize::from(c[1..].starts_with('+'))),
                    may_be_empty: false,
                    unknown_because: expr_hazard.or_else(|| (!plain).then(|| format!(
                        "the operand `{}` is not a plain `\"constraint\" (expression)`, which rspill does not count (a macro after the expression may add operands; a constraint split over literals may start with \"+\")",
                        &text[span.clone()]
                    ))),
                }
            }
            Some(t) if t.kind == Tok::Ident => {
                let macro_name = word(t);
                let args = its
                    .get(k + 1)
                    .filter(|t| t.kind == Tok::Punct(b'('))
                    .map(|_| {
                        let open = item.start + k + 1;
                        let close = closing_paren(&toks[open..item.end]).map(|c| open + c);
                        (open, close)
                    });
                let is_string_macro = macros(macro_name).is_some_and(|b| {
                    definitions(&b).iter().all(|d| {
                        tokenize(d)
                            .is_ok_and(|t| !t.is_empty() && t.iter().all(|t| t.kind == Tok::Str))
                    })
                });
                let counted = match args {
                    _ if macros(macro_name).is_some_and(|b| has_unseen_override(&b)) => {
                        Counted::unknown(format!("{macro_name} {UNSEEN_WHY}"))
                    }
                    // `NAME (expr)`: NAME stands for the constraint string.
                    Some((_, Some(close))) if is_string_macro && close + 1 == item.end => {
                        count_constraint_macro(macro_name, macros)
                    }
                    // `NAME(...)` with nothing after: a function-like macro.
                    Some((open, Some(close))) if close + 1 == item.end => {
                        let arg_text = &text[toks[open].span.end..toks[close].span.start];
                        count_macro(macro_name, Some(arg_text), macros, expansion_depth)
                    }
                    // `NAME(args) (expr)`: NAME(args) makes the constraint.
                    Some((open, Some(close)))
                        if toks[close + 1].kind == Tok::Punct(b'(')
                            && closing_paren(&toks[close + 1..item.end])
                                .map(|c| close + 1 + c + 1)
                                == Some(item.end) =>
                    {
                        let arg_text = &text[toks[open].span.end..toks[close].span.start];
                        count_constraint_call(macro_name, arg_text, macros)
                    }
                    None if its.len() == k + 1 => {
                        count_macro(macro_name, None, macros, expansion_depth)
                    }
                    _ => Counted::unknown(format!(
                        "the operand `{}` is not one rspill can count",
                        &text[span.clone()]
                    )),
                };
                let counted = if macro_name == "ASM_CALL_CONSTRAINT" {
                    // The kernel's `"+r" (current_stack_pointer)`: one "+"
                    // operand; any other definition in reach makes it unknown.
                    match macros(macro_name) {
                        None => Counted::plain("+r"),
                        Some(_) if counted.count == Some(1) && counted.plus == Some(1) => counted,
                        Some(body) => Counted::unknown(format!(
                            "ASM_CALL_CONSTRAINT is defined here as `{}`, not as one \"+\" operand",
                            definitions(&body).join("` or `")
                        )),
                    }
                } else {
                    counted
                };
                let alone = match args {
                    None => its.len() == k + 1,
                    Some((_, close)) => close.map(|c| c + 1) == Some(item.end),
                };
                Operand {
                    text: text[span.clone()].to_string(),
                    span: span.clone(),
                    name,
                    constraint: counted.constraint,
                    is_call_constraint: macro_name == "ASM_CALL_CONSTRAINT",
                    plus: counted.plus,
                    may_be_empty: alone && counted.count.is_none_or(|c| c == 0),
                    count: counted.count,
                    unknown_because: counted.why,
                }
            }
            // `## input`: a variadic parameter pasted in by the enclosing macro.
            Some(t) if t.kind == Tok::Punct(b'#') => Operand {
                text: text[span.clone()].to_string(),
                span: span.clone(),
                name,
                constraint: None,
                count: None,
                is_call_constraint: false,
                plus: None,
                // `, ## args` swallows its comma when empty.
                may_be_empty: false,
                unknown_because: Some(format!(
                    "`{}` is pasted in by the enclosing macro: only the call site knows its number of operands",
                    &text[span.clone()]
                )),
            },
            _ => return Err(format!("cannot parse the asm operand `{}`", &text[span])),
        };
        out.push(operand);
    }
    Ok(out)
}

/// The parameters of the enclosing macro (`params`) that a piece of template
/// text (`toks`) uses (with whether it is stringified, `#p`), or why it makes renumbering unsafe: a macro with any
/// definition that may build a positional reference (`"%" #n`, `%1`), a
/// stringified parameter after a `%`, or — when the text's own literals and
/// bare `%1`s are not renumbered by the edit (`literals_renumbered` false: an
/// argument at a use of the macro) — a literal that may hold a positional
/// reference or a `%` followed by a number outside literals.
pub fn template_params(
    text: &str,
    toks: &[Token],
    params: &[String],
    macros: MacroLookup,
    literals_renumbered: bool,
) -> Result<Vec<(usize, bool)>, String> {
    let mut used = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let w = &text[t.span.clone()];
        match t.kind {
            Tok::Str if !literals_renumbered && may_build_positional_reference(w) => {
                return Err(format!(
                    "`{w}` may hold a positional operand reference the edit cannot renumber"
                ));
            }
            Tok::Punct(b'%')
                if !literals_renumbered
                    && toks.get(k + 1).is_some_and(|n| n.kind == Tok::Number) =>
            {
                return Err("a positional operand reference outside string literals".into());
            }
            Tok::Ident => {
                // `"…%" #n`, `"%" STR(IDX)`: what follows a literal ending in
                // `%` (and modifier letters) completes a reference, and is
                // what the preprocessor makes of it in each configuration.
                let stringified = k > 0 && toks[k - 1].kind == Tok::Punct(b'#');
                let before = k
                    .checked_sub(if stringified { 2 } else { 1 })
                    .map(|b| &toks[b]);
                if let Some(b) = before.filter(|b| b.kind == Tok::Str) {
                    let lit = text[b.span.clone()].trim_end_matches('"');
                    let tail = lit.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                    let percents = tail.len() - tail.trim_end_matches('%').len();
                    if percents % 2 == 1 {
                        let what = if params.iter().any(|p| p == w) {
                            "a parameter of the enclosing macro"
                        } else {
                            "a macro"
                        };
                        return Err(format!(
                            "the template completes a `%` reference with {w}, {what}"
                        ));
                    }
                }
                if let Some(i) = params.iter().position(|p| p == w) {
                    if !used.contains(&(i, stringified)) {
                        used.push((i, stringified));
                    }
                } else if let Some(why) = template_macro_hazard_in(w, macros, &mut Vec::new(), 0) {
                    return Err(why);
                }
            }
            _ => {}
        }
    }
    Ok(used)
}

/// Record `name` as visited by a macro walk; false when it already was (a
/// macro met twice, or recursive ones, is looked at once).
fn first_visit(seen: &mut Vec<String>, name: &str) -> bool {
    if seen.iter().any(|s| s == name) {
        return false;
    }
    seen.push(name.to_string());
    true
}

fn template_macro_hazard_in(
    name: &str,
    macros: MacroLookup,
    seen: &mut Vec<String>,
    depth: usize,
) -> Option<String> {
    if !first_visit(seen, name) {
        return None;
    }
    if depth > MAX_MACRO_DEPTH {
        return Some(format!(
            "{name} in the template nests macros too deeply to check"
        ));
    }
    let bodies: Vec<String> = [name.to_string(), format!("{name}()")]
        .iter()
        .filter_map(|k| macros(k))
        .flat_map(|b| {
            definitions(&b)
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    if bodies.is_empty() {
        // A compiler-predefined macro (`__COUNTER__`, `__LINE__`,
        // `__INCLUDE_LEVEL__`, `__SIZEOF_LONG__`): its value depends on where
        // and for what the statement is compiled.
        if is_predefined_style(name) {
            return Some(format!(
                "the template uses {name}, a predefined macro whose value depends on where and for what the statement is compiled"
            ));
        }
        // No definition in any file the configurations read: not a macro
        // there, so plain text (a symbol name handed to a stringifying
        // macro); a bare one would not compile.
        return None;
    }
    for b in &bodies {
        if crate::fixes::macro_index::is_unseen(b) {
            return Some(format!("{name} in the template {UNSEEN_WHY}"));
        }
        // `CAT(PRE_, X)`: the pasted name is a macro rspill never looks up
        // (blind review 21: its #ifdef'd definition held `%k1`).
        if b.contains("##") {
            return Some(format!(
                "{name} in the template pastes tokens: the macro the pasted name is, and its definitions, are not known"
            ));
        }
        if may_build_positional_reference(b) {
            return Some(format!(
                "{name} in the template may expand to a positional operand reference (`{}`), which the edit cannot renumber",
                b.trim()
            ));
        }
        let Ok(toks) = tokenize(b) else {
            return Some(format!(
                "{name} in the template has a definition rspill cannot read"
            ));
        };
        for (k, t) in toks.iter().enumerate() {
            if t.kind != Tok::Ident || is_substituted(b, &toks, k) {
                continue;
            }
            if let Some(why) = template_macro_hazard_in(&b[t.span.clone()], macros, seen, depth + 1)
            {
                return Some(why);
            }
        }
    }
    None
}

/// A compiler-predefined macro whose value depends on where the statement is
/// (`__COUNTER__`, `__LINE__`, `__INCLUDE_LEVEL__`, …) or for what it is
/// compiled (`__SIZEOF_LONG__`, `__x86_64__`, …).
fn is_predefined_style(name: &str) -> bool {
    matches!(
        name,
        "__COUNTER__"
            | "__LINE__"
            | "__FILE__"
            | "__FILE_NAME__"
            | "__BASE_FILE__"
            | "__INCLUDE_LEVEL__"
            | "__TIME__"
            | "__DATE__"
            | "__TIMESTAMP__"
            | "__x86_64__"
            | "__x86_64"
            | "__amd64__"
            | "__i386__"
            | "__i386"
            | "__LP64__"
            | "_LP64"
            | "__ILP32__"
            | "__CHAR_BIT__"
            | "__BIGGEST_ALIGNMENT__"
    ) || (name.starts_with("__SIZEOF_") && name.ends_with("__"))
}

/// Whether identifier `toks[k]` of a macro definition is not expanded where
/// it stands: one of the macro's parameters (the argument is checked at the
/// use), `__VA_ARGS__`, or an operand of `#` or `##`.
fn is_substituted(def: &str, toks: &[Token], k: usize) -> bool {
    let w = &def[toks[k].span.clone()];
    if w == "__VA_ARGS__" || w == "__VA_OPT__" {
        return true;
    }
    let hash = |i: Option<usize>| {
        i.and_then(|i| toks.get(i))
            .is_some_and(|t| t.kind == Tok::Punct(b'#'))
    };
    if hash(k.checked_sub(1)) || hash(Some(k + 1)) {
        return true;
    }
    // `(a, b...) body`: the parameter list comes first.
    if def.starts_with('(') {
        if let Some(close) = toks.iter().position(|t| t.kind == Tok::Punct(b')')) {
            if k < close {
                return true;
            }
            return toks[..close]
                .iter()
                .any(|p| p.kind == Tok::Ident && &def[p.span.clone()] == w);
        }
    }
    false
}

/// A `%` in a macro body that is not `%%`, `%=`, `%{ %| %}`, `%[name]` or a
/// one-letter modifier before `[name]`: it may start a positional reference
/// (`%1`, `%k0`, or a `"%"` literal pasted to digits).
fn may_build_positional_reference(body: &str) -> bool {
    let b = body.as_bytes();
    // A numeric escape may spell the `%` (`\045`, `\x25`, `\u0025`).
    if b.windows(2).any(|w| {
        w[0] == b'\\' && (w[1].is_ascii_digit() || matches!(w[1], b'x' | b'X' | b'u' | b'U'))
    }) {
        return true;
    }
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'%' {
            i += 1;
            continue;
        }
        match b.get(i + 1) {
            Some(b'%' | b'=' | b'{' | b'|' | b'}' | b'[') => i += 2,
            Some(c) if c.is_ascii_alphabetic() && b.get(i + 2) == Some(&b'[') => i += 3,
            // `%:` is a digraph `#`, not a reference.
            Some(b':') => i += 2,
            _ => return true,
        }
    }
    false
}

/// Why a plain operand's expression may not be one expression in some
/// configuration: a macro in it whose definition has an unbalanced `)` or a
/// top-level comma (`"=r" (OUT_LV)` with `OUT_LV` = `c), "=r" (d`).
fn expression_hazard(text: &str, toks: &[Token], macros: MacroLookup) -> Option<String> {
    let shown = || {
        text[toks[0].span.start..toks[toks.len() - 1].span.end]
            .trim()
            .to_string()
    };
    let mut seen = Vec::new();
    for t in toks.iter().filter(|t| t.kind == Tok::Ident) {
        if let Some(why) = expression_macro_hazard(&text[t.span.clone()], macros, &mut seen, 0) {
            return Some(format!("{why}, in the operand expression `{}`", shown()));
        }
    }
    None
}

/// Why macro `name`, met in an operand expression, may make it more than one
/// operand in some configuration: a definition with an unbalanced `)` or a
/// top-level comma, one that pastes tokens (`##`: which macro the pasted name
/// is depends on what is pasted), or one that uses a predefined macro; followed
/// through the macros its definitions use.
fn expression_macro_hazard(
    name: &str,
    macros: MacroLookup,
    seen: &mut Vec<String>,
    depth: usize,
) -> Option<String> {
    if !first_visit(seen, name) {
        return None;
    }
    if depth > MAX_MACRO_DEPTH {
        return Some(format!("{name} nests macros too deeply to check"));
    }
    for key in [name.to_string(), format!("{name}()")] {
        let Some(body) = macros(&key) else { continue };
        for d in definitions(&body) {
            let d = if key.ends_with("()") {
                d.split_once(')').map_or("", |(_, b)| b)
            } else {
                d
            };
            // A name defined only conditionally is, where undefined, a plain
            // identifier here: nothing to count.
            if d == crate::fixes::macro_index::UNSEEN_WHERE_UNDEFINED {
                continue;
            }
            if d == crate::fixes::macro_index::UNSEEN_OVERRIDE || !balanced_without_comma(d) {
                return Some(format!(
                    "{name} is a macro that may add operands in some configuration"
                ));
            }
            if d.contains("##") {
                return Some(format!(
                    "{name} pastes tokens, so which macro it becomes depends on the configuration"
                ));
            }
            let Ok(inner) = tokenize(d) else {
                return Some(format!("{name} has a definition rspill cannot read"));
            };
            for t in inner.iter().filter(|t| t.kind == Tok::Ident) {
                let w = &d[t.span.clone()];
                if is_predefined_style(w) && macros(w).is_none() {
                    return Some(format!(
                        "{name} uses {w}, whose value depends on the configuration"
                    ));
                }
                if let Some(why) = expression_macro_hazard(w, macros, seen, depth + 1) {
                    return Some(why);
                }
            }
        }
    }
    None
}

/// Parentheses balanced and no comma outside them.
fn balanced_without_comma(body: &str) -> bool {
    let Ok(toks) = tokenize(body) else {
        return false;
    };
    let mut depth = 0i32;
    for t in &toks {
        match t.kind {
            Tok::Punct(b'(' | b'[' | b'{') => depth += 1,
            Tok::Punct(b')' | b']' | b'}') => {
                depth -= 1;
                if depth < 0 {
                    return false;
                }
            }
            Tok::Punct(b',') if depth == 0 => return false,
            _ => {}
        }
    }
    depth == 0
}

/// The definitions include an override rspill cannot see.
fn has_unseen_override(body: &str) -> bool {
    definitions(body)
        .into_iter()
        .any(crate::fixes::macro_index::is_unseen)
}

/// What counting a macro operand found.
struct Counted {
    count: Option<usize>,
    plus: Option<usize>,
    /// The constraint, when the macro stands for one operand with a visible one.
    constraint: Option<String>,
    why: Option<String>,
}

impl Counted {
    fn unknown(why: String) -> Counted {
        Counted {
            count: None,
            plus: None,
            constraint: None,
            why: Some(why),
        }
    }

    fn plain(constraint: &str) -> Counted {
        Counted {
            count: Some(1),
            plus: Some(usize::from(constraint.starts_with('+'))),
            constraint: Some(constraint.to_string()),
            why: None,
        }
    }
}

/// Count the operands of `name` (object-like) or `name(args)` (function-like,
/// `args` the text between the parentheses), over every definition in reach;
/// unknown unless they all agree.
fn count_macro(name: &str, args: Option<&str>, macros: MacroLookup, depth: usize) -> Counted {
    if depth >= MAX_MACRO_DEPTH {
        return Counted::unknown(format!("{name} nests macros too deeply to count"));
    }
    let key = match args {
        Some(_) => format!("{name}()"),
        None => name.to_string(),
    };
    let Some(body) = macros(&key) else {
        return Counted::unknown(match args {
            Some(_) => format!(
                "{name}(…) is a macro rspill does not see, whose number of operands it cannot tell"
            ),
            None => format!(
                "{name} is a parameter of the enclosing macro or a macro rspill does not see: only the call site (or the preprocessor) knows its number of operands"
            ),
        });
    };
    if has_unseen_override(&body) {
        return Counted::unknown(format!(
            "{name} {UNSEEN_WHY}, with a count rspill cannot see"
        ));
    }
    let mut results = Vec::new();
    for def in definitions(&body) {
        let expanded = match args {
            None => Some(def.to_string()),
            Some(a) => substitute(def, a),
        };
        let Some(expanded) = expanded else {
            return Counted::unknown(format!(
                "{name}(…) is a macro rspill cannot expand (it pastes or stringifies, or takes other arguments)"
            ));
        };
        let ops = tokenize(&expanded)
            .ok()
            .and_then(|t| operands_at_depth(&expanded, &t, 0..t.len(), macros, depth + 1).ok());
        let Some(ops) = ops else {
            return Counted::unknown(format!(
                "{name} does not expand to operands rspill can read"
            ));
        };
        if let Some(why) = ops.iter().find_map(|o| o.unknown_because.clone()) {
            return Counted::unknown(why);
        }
        // A matching constraint inside a macro cannot be renumbered at the
        // statement: its count is reported unknown.
        if ops.len() > 1
            && ops.iter().any(|o| {
                o.constraint
                    .as_deref()
                    .is_some_and(|c| c.bytes().any(|b| b.is_ascii_digit()))
            })
        {
            return Counted::unknown(format!(
                "{name} holds a matching constraint, which renumbering would have to change inside the macro"
            ));
        }
        let constraint = match ops.as_slice() {
            [one] => one.constraint.clone(),
            _ => None,
        };
        results.push((
            ops.iter().map(|o| o.count).sum::<Option<usize>>(),
            ops.iter().map(|o| o.plus).sum::<Option<usize>>(),
            constraint,
        ));
    }
    let first = results[0].clone();
    if results.iter().all(|r| r.0 == first.0 && r.1 == first.1) {
        Counted {
            count: first.0,
            plus: first.1,
            // The constraint text itself may differ between definitions.
            constraint: first
                .2
                .filter(|c| results.iter().all(|r| r.2.as_ref() == Some(c))),
            why: None,
        }
    } else {
        Counted::unknown(format!(
            "{name} is defined differently in different places, with different numbers of operands (which one a build sees depends on its configuration)"
        ))
    }
}

/// `NAME (expr)` where NAME stands for the constraint string (`ASM_INPUT_RM (x)`).
fn count_constraint_macro(name: &str, macros: MacroLookup) -> Counted {
    let body = macros(name).unwrap_or_default();
    if has_unseen_override(&body) {
        return Counted::unknown(format!(
            "{name} {UNSEEN_WHY}, with a constraint rspill cannot see"
        ));
    }
    let all: Vec<String> = definitions(&body)
        .into_iter()
        .map(|b| b.trim().trim_matches('"').to_string())
        .collect();
    constraint_from(name, &all)
}

/// `NAME(args) (expr)` where `NAME(args)` expands to the constraint string
/// (`__ASM_SEL_RAW(a, D) (&val)`).
fn count_constraint_call(name: &str, args: &str, macros: MacroLookup) -> Counted {
    let Some(body) = macros(&format!("{name}()")) else {
        return Counted::unknown(format!("{name}(…) is a macro rspill does not see"));
    };
    if has_unseen_override(&body) {
        return Counted::unknown(format!("{name}(…) {UNSEEN_WHY}"));
    }
    let mut all = Vec::new();
    for def in definitions(&body) {
        let Some(e) = substitute(def, args) else {
            return Counted::unknown(format!("{name}(…) is a macro rspill cannot expand"));
        };
        let strings =
            tokenize(&e).is_ok_and(|t| !t.is_empty() && t.iter().all(|t| t.kind == Tok::Str));
        if !strings {
            return Counted::unknown(format!("{name}(…) does not expand to a constraint string"));
        }
        all.push(e.trim().trim_matches('"').to_string());
    }
    constraint_from(name, &all)
}

/// One operand whose constraint is one of `all` (a definition each): its "+"
/// must not depend on the definition.
fn constraint_from(name: &str, all: &[String]) -> Counted {
    let Some(first) = all.first() else {
        return Counted::unknown(format!("{name} has no definition"));
    };
    // A matching constraint in only some definitions would have to be
    // renumbered inside the macro, in those configurations (blind review
    // 21: `"c"` here, `"0"` under another #ifdef).
    let differ = all.iter().any(|x| x != first);
    if let Some(digit) = all
        .iter()
        .find(|c| differ && c.bytes().any(|b| b.is_ascii_digit()))
    {
        return Counted::unknown(format!(
            "{name} is the matching constraint `{digit}` in some definition, which the edit cannot renumber inside the macro"
        ));
    }
    if all
        .iter()
        .any(|c| c.starts_with('+') != first.starts_with('+'))
    {
        return Counted::unknown(format!(
            "{name} is \"+\" in some definitions and not in others"
        ));
    }
    let mut c = Counted::plain(first);
    if all.iter().any(|x| x != first) {
        c.constraint = None;
    }
    c
}

/// A function-like definition `(params) body` with `args` substituted for its
/// parameters; None when it uses `#`/`##` or the arguments do not fit.
fn substitute(def: &str, args: &str) -> Option<String> {
    let def = def.strip_prefix('(')?;
    let (params, body) = def.split_once(')')?;
    if body.contains('#') {
        return None;
    }
    let params: Vec<&str> = params
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // Split the arguments at depth-0 commas.
    let mut list = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in args.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                list.push(args[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    list.push(args[start..].trim());
    if list == [""] {
        list.clear();
    }
    let mut values: Vec<(String, String)> = Vec::new();
    for (i, p) in params.iter().enumerate() {
        if let Some(v) = p.strip_suffix("...") {
            let name = if v.trim().is_empty() {
                "__VA_ARGS__"
            } else {
                v.trim()
            };
            values.push((
                name.to_string(),
                list.get(i..).map(|r| r.join(", ")).unwrap_or_default(),
            ));
            break;
        }
        values.push((p.to_string(), list.get(i)?.to_string()));
    }
    if !params.last().is_some_and(|p| p.ends_with("...")) && list.len() != params.len() {
        return None;
    }
    let toks = tokenize(body).ok()?;
    let mut out = String::new();
    let mut last = 0;
    for t in &toks {
        let w = &body[t.span.clone()];
        if t.kind == Tok::Ident {
            if let Some((_, v)) = values.iter().find(|(n, _)| n == w) {
                out.push_str(&body[last..t.span.start]);
                out.push_str(v);
                last = t.span.end;
            }
        }
    }
    out.push_str(&body[last..]);
    Some(out)
}

/// Index of the `)` closing the `(` at `toks[0]`.
fn closing_paren(toks: &[Token]) -> Option<usize> {
    let mut depth = 0usize;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Punct(b'(') => depth += 1,
            Tok::Punct(b')') => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// Renumber positional operand references in an asm template string literal
/// (`%0`, `%c1`, `%P2`, `%k0`, `%l3`; not `%%`, not `%[name]`).
fn renumber_template(
    lit: &str,
    map: &dyn Fn(usize) -> Result<usize, String>,
) -> Result<String, String> {
    let b = lit.as_bytes();
    let mut out = String::with_capacity(lit.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'%' {
            let ch = lit[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
            continue;
        }
        if b.get(i + 1) == Some(&b'%') {
            out.push_str("%%");
            i += 2;
            continue;
        }
        if b.get(i + 1) == Some(&b'\\') {
            // What follows the `%` is spelled through the backslash: a line
            // splice, or an escape that may make a digit (`%\x33` is `%3`).
            return Err(match b.get(i + 2) {
                Some(b'\n' | b'\r') => {
                    "an operand reference in the template is split by a backslash-newline".into()
                }
                _ => format!(
                    "an operand reference in the template is spelled with an escape (`{}`): rspill renumbers only references written out",
                    lit[i..].chars().take(5).collect::<String>()
                ),
            });
        }
        let mut j = i + 1;
        while j < b.len() && b[j].is_ascii_alphabetic() && j - i <= 2 {
            j += 1;
        }
        let digits_start = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > digits_start {
            let n: usize = lit[digits_start..j]
                .parse()
                .map_err(|_| "bad operand number".to_string())?;
            let new = map(n)?;
            out.push_str(&lit[i..digits_start]);
            out.push_str(&new.to_string());
        } else {
            out.push_str(&lit[i..j]);
        }
        i = j;
    }
    Ok(out)
}

/// A text edit: replace `span` with `text`.
#[derive(Clone, Debug)]
pub struct Edit {
    pub span: Range<usize>,
    pub text: String,
}

/// Apply non-overlapping edits.
pub fn apply_edits(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse(e.span.start));
    let mut s = text.to_string();
    for e in edits {
        s.replace_range(e.span, &e.text);
    }
    s
}

/// Positional references written as tokens outside the template's string
/// literals (`%1`, `%k1`, `%l2`: `%` directly followed by a number, or by one
/// or two letters and a number), by span; an error when a `%` outside the
/// literals is followed by anything else that may still make a reference
/// once stringified (`% 1`, `%1b`, `%%1` is left alone as the literal `%1`).
fn bare_references(text: &str, toks: &[Token]) -> Result<Vec<Range<usize>>, String> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Tok::Punct(b'%') {
            continue;
        }
        let adjacent = |a: &Token, b: &Token| a.span.end == b.span.start;
        // `%%`: an escaped percent sign, whatever follows.
        if k > 0 && toks[k - 1].kind == Tok::Punct(b'%') && adjacent(&toks[k - 1], t) {
            continue;
        }
        if toks
            .get(k + 1)
            .is_some_and(|n| n.kind == Tok::Punct(b'%') && adjacent(t, n))
        {
            continue;
        }
        let Some(n) = toks.get(k + 1) else { continue };
        let w = &text[n.span.clone()];
        let letters = w.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        let digits = w[letters..].chars().all(|c| c.is_ascii_digit()) && w.len() > letters;
        match n.kind {
            Tok::Number | Tok::Ident if adjacent(t, n) && letters <= 2 && digits => {
                out.push(t.span.start..n.span.end)
            }
            // `%l[label]`, `%c[name]`: a named reference.
            Tok::Ident
                if letters == w.len()
                    && letters <= 2
                    && toks.get(k + 2).is_some_and(|b| b.kind == Tok::Punct(b'['))
                    && adjacent(t, n) => {}
            // `%` then a number, or a name that may expand to one (`%OP_Y`).
            Tok::Number | Tok::Ident => {
                return Err(format!("`%` followed by `{w}` outside string literals"));
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Template and matching-constraint edits for an operand renumbering.
pub(crate) fn renumbering_edits(
    text: &str,
    stmt: &AsmStatement,
    map: &dyn Fn(usize) -> Result<usize, String>,
) -> Result<Vec<Edit>, String> {
    let mut edits = Vec::new();
    for span in stmt.template_strings.iter().chain(&stmt.bare_references) {
        let old = &text[span.clone()];
        let new = renumber_template(old, map)?;
        if new != old {
            edits.push(Edit {
                span: span.clone(),
                text: new,
            });
        }
    }
    Ok(edits)
}

/// Matching constraints (`"0"`) among the inputs, rewritten through `map`.
pub(crate) fn matching_constraint_text(
    op: &Operand,
    map: &dyn Fn(usize) -> Result<usize, String>,
) -> Result<Option<String>, String> {
    let Some(c) = &op.constraint else {
        return Ok(None);
    };
    if c.is_empty() || !c.chars().all(|ch| ch.is_ascii_digit()) {
        return Ok(None);
    }
    let n: usize = c
        .parse()
        .map_err(|_| "bad matching constraint".to_string())?;
    let new = map(n).map_err(|e| format!("input {}: {e}", op.text))?;
    if new != n && !op.text.contains(&format!("\"{c}\"")) {
        return Err(format!(
            "the matching constraint \"{c}\" of `{}` comes from a macro, which renumbering would have to change",
            op.text
        ));
    }
    Ok(Some(op.text.replacen(
        &format!("\"{c}\""),
        &format!("\"{new}\""),
        1,
    )))
}

/// Operand number of each operand's first asm operand, while all counts before
/// it are known.
pub(crate) fn first_numbers(ops: &[Operand]) -> Vec<Option<usize>> {
    let mut next = Some(0);
    ops.iter()
        .map(|o| {
            let f = next;
            next = next.zip(o.count).map(|(a, b)| a + b);
            f
        })
        .collect()
}

/// How many `"+"` outputs are among `ops` (each has a hidden input, numbered
/// after the inputs in output order); None when a macro operand hides it.
pub(crate) fn plus_count(ops: &[Operand]) -> Option<usize> {
    ops.iter().map(|o| o.plus).sum()
}

pub(crate) fn unknown_count(n: usize, stmt: &AsmStatement) -> String {
    let why = stmt
        .outputs
        .iter()
        .chain(&stmt.inputs)
        .find_map(|o| o.unknown_because.clone())
        .unwrap_or_else(|| "an operand's count is unknown".into());
    format!("cannot renumber operand {n}: {why}")
}

/// Why a statement has no `ASM_CALL_CONSTRAINT` operand of its own.
pub(crate) fn no_call_constraint(stmt: &AsmStatement) -> String {
    match stmt
        .outputs
        .iter()
        .chain(&stmt.inputs)
        .find(|o| o.text.contains("ASM_CALL_CONSTRAINT"))
    {
        Some(o) => format!(
            "ASM_CALL_CONSTRAINT is not an operand of its own here (`{}`: what comes before it supplies the comma)",
            o.text
        ),
        None => "the asm statement has no ASM_CALL_CONSTRAINT output".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixes::strategies::{
        frame_address_edits, kconfig_frame_pointer_edits, reorder_edits,
    };

    fn no_macros(_: &str) -> Option<String> {
        None
    }

    const CLEAR_PAGES: &str = r#"static inline void clear_pages(void *addr, unsigned int npages)
{
	u64 len = npages * PAGE_SIZE;
	asm volatile(ALTERNATIVE_2("call clear_pages_orig",
				   "shrq $3, %%rcx; rep stosq", X86_FEATURE_REP_GOOD,
				   "rep stosb", X86_FEATURE_ERMS)
			: "+c" (len), "+D" (addr), ASM_CALL_CONSTRAINT
			: "a" (0)
			: "cc", "memory");
}
"#;

    /// A reference spelled through a backslash is refused, and the reason
    /// says which spelling (blind review 104 saw "backslash-newline" for
    /// `%\x33`).
    #[test]
    fn references_spelled_through_a_backslash_are_refused_with_their_spelling() {
        let keep = |n: usize| Ok(n);
        let escape = renumber_template(r#""mov %\x33, %%rsp""#, &keep).unwrap_err();
        assert!(escape.contains("escape (`%\\x33`)"), "{escape}");
        let splice = renumber_template("\"mov %\\\n3, %%rsp\"", &keep).unwrap_err();
        assert!(splice.contains("backslash-newline"), "{splice}");
    }

    #[test]
    fn parses_the_clear_pages_statement() {
        let s = statement_at(CLEAR_PAGES, 7, &no_macros).unwrap();
        assert_eq!(s.keyword, "asm volatile");
        assert_eq!((s.first_line, s.last_line), (4, 9));
        assert_eq!(s.outputs.len(), 3);
        assert_eq!(s.call_constraint_index(), Some(2));
        assert_eq!(s.inputs.len(), 1);
        assert_eq!(s.inputs[0].constraint.as_deref(), Some("a"));
        assert_eq!(s.template_strings.len(), 3);
        assert!(s.in_macro.is_none());
    }

    /// The kernel macros CLEAR_PAGES's template uses (no operand references).
    fn kernel_macros(name: &str) -> Option<String> {
        match name {
            "ALTERNATIVE_2()" => Some("(a, b, c, d, e) a b d".into()),
            "X86_FEATURE_REP_GOOD" | "X86_FEATURE_ERMS" => Some("( 3*32+16)".into()),
            _ => None,
        }
    }

    #[test]
    fn reorder_moves_the_constraint_first_and_keeps_layout() {
        let s = statement_at(CLEAR_PAGES, 4, &kernel_macros).unwrap();
        let new = apply_edits(CLEAR_PAGES, reorder_edits(CLEAR_PAGES, &s).unwrap());
        assert!(
            new.contains("\t\t\t: ASM_CALL_CONSTRAINT, \"+c\" (len), \"+D\" (addr)\n"),
            "{new}"
        );
        assert_eq!(new.lines().count(), CLEAR_PAGES.lines().count());
    }

    /// Blind review 20-suggest: a second definition that is two operands
    /// (`"+m" (x), "+r" (sp)` under some `#ifdef`). Both edits count the
    /// moved or removed output as one, so both refuse, even where no
    /// reference would be renumbered (frame-address would drop the `"+m"`
    /// too).
    #[test]
    fn call_constraint_of_two_operands_in_some_configuration_is_refused() {
        let src = "void f(void) {\n\tasm volatile(\"mov $1, %0\" : \"=r\" (a), ASM_CALL_CONSTRAINT);\n}\n";
        let two = |name: &str| {
            (name == "ASM_CALL_CONSTRAINT").then(|| {
                format!(
                    "{CONFLICTING_DEFINITIONS}\u{1}\"+r\" (current_stack_pointer)\u{1}\"+m\" (x), \"+r\" (current_stack_pointer)"
                )
            })
        };
        let s = statement_at(src, 2, &two).unwrap();
        for err in [
            reorder_edits(src, &s).unwrap_err(),
            frame_address_edits(src, &s).unwrap_err(),
        ] {
            assert!(err.contains("not as one \"+\" operand"), "{err}");
        }
        // One definition, one "+" operand: both edits are made.
        let one = |name: &str| {
            (name == "ASM_CALL_CONSTRAINT").then(|| "\"+r\" (current_stack_pointer)".to_string())
        };
        let s = statement_at(src, 2, &one).unwrap();
        assert!(reorder_edits(src, &s).is_ok() && frame_address_edits(src, &s).is_ok());
    }

    #[test]
    fn frame_address_replaces_the_output_with_an_input() {
        let s = statement_at(CLEAR_PAGES, 4, &kernel_macros).unwrap();
        let new = apply_edits(CLEAR_PAGES, frame_address_edits(CLEAR_PAGES, &s).unwrap());
        assert!(new.contains(": \"+c\" (len), \"+D\" (addr)\n"), "{new}");
        assert!(
            new.contains(": \"a\" (0), \"r\" (__builtin_frame_address(0))\n"),
            "{new}"
        );
    }

    #[test]
    fn positional_references_and_matching_constraints_are_renumbered() {
        let src = "void f(void) {\n\tasm volatile(\"call %P2; mov %k0, %1; %%rsp %[x] %c3\"\n\t\t: \"=a\" (a), [x] \"=r\" (b), ASM_CALL_CONSTRAINT\n\t\t: \"i\" (4), \"0\" (c), \"1\" (d));\n}\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        let new = apply_edits(src, reorder_edits(src, &s).unwrap());
        // %2 (the constraint) -> %0; %0 -> %1; %1 -> %2; %3 (first input) stays.
        assert!(
            new.contains("\"call %P0; mov %k1, %2; %%rsp %[x] %c3\""),
            "{new}"
        );
        assert!(
            new.contains(": ASM_CALL_CONSTRAINT, \"=a\" (a), [x] \"=r\" (b)"),
            "{new}"
        );
        assert!(new.contains("\"1\" (c), \"2\" (d)"), "{new}");

        // The call constraint's own operand cannot be referenced once removed.
        let s = statement_at(src, 2, &no_macros).unwrap();
        assert!(
            frame_address_edits(src, &s)
                .unwrap_err()
                .contains("operand 2, which the edit removes")
        );
        let src = src.replace("call %P2", "call %c4");
        let s = statement_at(&src, 2, &no_macros).unwrap();
        let new = apply_edits(&src, frame_address_edits(&src, &s).unwrap());
        // Outputs 0,1 keep their numbers; inputs 3,4,5 become 2,3,4; the new input is 5.
        assert!(
            new.contains("\"call %c3; mov %k0, %1; %%rsp %[x] %c2\""),
            "{new}"
        );
        assert!(new.contains(": \"=a\" (a), [x] \"=r\" (b)\n"), "{new}");
        assert!(
            new.contains(": \"i\" (4), \"0\" (c), \"1\" (d), \"r\" (__builtin_frame_address(0)));"),
            "{new}"
        );
    }

    #[test]
    fn macro_operands_are_counted() {
        let src = "#define TWO_OUTS \"=a\" (x), \"=d\" (y)\nvoid f(void) {\n\tasm(\"%0 %1 %2 %3\" : ASM_OUTPUT2(\"=S\" (s), \"=D\" (d)), TWO_OUTS, ASM_CALL_CONSTRAINT);\n}\n";
        let lookup = |name: &str| match name {
            "TWO_OUTS" => Some("\"=a\" (x), \"=d\" (y)".to_string()),
            "ASM_OUTPUT2()" => Some("(a...) a".to_string()),
            _ => None,
        };
        let s = statement_at(src, 3, &lookup).unwrap();
        assert_eq!(s.output_count(), Some(5));
        let new = apply_edits(src, reorder_edits(src, &s).unwrap());
        assert!(new.contains("\"%1 %2 %3 %4\""), "{new}");
        // Unknown macro: its count is unknown, and renumbering refuses.
        let s = statement_at(src, 3, &no_macros).unwrap();
        assert_eq!(s.output_count(), None);
        assert!(
            reorder_edits(src, &s)
                .unwrap_err()
                .contains("is a macro rspill does not see")
        );
        // Without positional references, nothing needs a count.
        let named = src.replace("\"%0 %1 %2 %3\"", "\"nop\"");
        let s = statement_at(&named, 3, &no_macros).unwrap();
        assert!(reorder_edits(&named, &s).is_ok());
    }

    #[test]
    fn statements_in_macros_and_goto_labels() {
        let src = "#define CALL_THING(x)\t\t\\\n\tasm_inline volatile goto(\"call thing; jmp %l[out]\"\t\\\n\t\t: ASM_CALL_CONSTRAINT : \"r\" (x) : \"memory\" : out)\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        assert_eq!(s.in_macro.as_deref(), Some("CALL_THING"));
        assert!(s.is_goto);
        let new = apply_edits(src, frame_address_edits(src, &s).unwrap());
        assert!(
            new.contains(":  : \"r\" (x), \"r\" (__builtin_frame_address(0)) : \"memory\" : out)"),
            "{new}"
        );
    }

    #[test]
    fn goto_labels_count_plus_outputs_twice() {
        // Labels follow outputs (1), inputs (1) and the "+r" output's implicit
        // input (1): `out` is %l3. After frame-address: inputs (2) only, %l2.
        let src = "void f(void) {\n\tasm goto(\"call g; jmp %l3\" : ASM_CALL_CONSTRAINT : \"r\" (x) : \"memory\" : out, err);\n}\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        let new = apply_edits(src, frame_address_edits(src, &s).unwrap());
        assert!(new.contains("\"call g; jmp %l2\""), "{new}");
        // Reordering changes no counts: labels stay (outputs 2, input 1,
        // hidden inputs 2: `out` is %l5); the hidden inputs swap (3 <-> 4).
        let src2 = "void f(void) {\n\tasm goto(\"jmp %l5 # %3 %4\" : \"+a\" (a), ASM_CALL_CONSTRAINT : \"r\" (x) : : out);\n}\n";
        let s = statement_at(src2, 2, &no_macros).unwrap();
        let new = apply_edits(src2, reorder_edits(src2, &s).unwrap());
        assert!(new.contains("\"jmp %l5 # %4 %3\""), "{new}");
    }

    #[test]
    fn references_outside_strings_are_renumbered_in_the_file_and_refused_in_macros() {
        // The file's own statement: `%1` and `%k2` outside the literals are
        // renumbered with them (the preprocessor then proves the edit).
        let src = "void f(void) {\n\tasm volatile(EXTABLE(1b, %0) \"call g %k2\" STR(%k2) : \"=a\" (a), ASM_CALL_CONSTRAINT : \"r\" (x));\n}\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        let new = apply_edits(src, reorder_edits(src, &s).unwrap());
        assert!(
            new.contains("EXTABLE(1b, %1) \"call g %k2\" STR(%k2)"),
            "{new}"
        );
        let new = apply_edits(src, frame_address_edits(src, &s).unwrap());
        assert!(
            new.contains("EXTABLE(1b, %0) \"call g %k1\" STR(%k1)"),
            "{new}"
        );
        // `%%1` is the literal text %1: left alone.
        let src = "void f(void) {\n\tasm volatile(S(%%1) \"call g\" : \"=a\" (a), ASM_CALL_CONSTRAINT : \"r\" (x));\n}\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        let new = apply_edits(src, reorder_edits(src, &s).unwrap());
        assert!(new.contains("S(%%1)"), "{new}");
        // Spelled so that it may not be one reference, or in a macro's body.
        for src in [
            "void f(void) {\n\tasm volatile(EXTABLE(1b, % 1) \"call g\" : \"=a\" (a), ASM_CALL_CONSTRAINT : \"r\" (x));\n}\n",
            "void f(void) {\n\tasm volatile(EXTABLE(1b, %1b) \"call g\" : \"=a\" (a), ASM_CALL_CONSTRAINT : \"r\" (x));\n}\n",
            "#define OP(x) \\\n\tasm volatile(EXTABLE(1b, %1) \"call g\" : \"=a\" (x), ASM_CALL_CONSTRAINT : \"r\" (x))\n",
        ] {
            let s = statement_at(src, 2, &no_macros).unwrap();
            assert!(
                reorder_edits(src, &s)
                    .unwrap_err()
                    .contains("outside string literals"),
                "{src}"
            );
        }
        let src = "void f(void) {\n\tasm volatile(\"call g\"\n#ifdef X\n\t: \"=a\" (a), ASM_CALL_CONSTRAINT\n#endif\n\t);\n}\n";
        let s = statement_at(src, 2, &no_macros).unwrap();
        assert!(
            frame_address_edits(src, &s)
                .unwrap_err()
                .contains("preprocessor directive")
        );
    }

    #[test]
    fn enclosing_function_skips_nested_blocks_strings_and_comments() {
        let src = "int f(int a)\n{\n\tconst char *s = \"}{\"; /* } */\n\twhile (a) {\n\t\tif (a) { asm(\"nop\"); }\n\t}\n}\n";
        let pos = src.find("asm").unwrap();
        assert_eq!(enclosing_function(src, pos).as_deref(), Some("f"));
    }

    #[test]
    fn self_referential_macros_do_not_recurse_forever() {
        let src = "void f(void) {\n\tasm(\"%0\" : X, ASM_CALL_CONSTRAINT);\n}\n";
        let lookup = |n: &str| (n == "X").then(|| "X".to_string());
        let s = statement_at(src, 2, &lookup).unwrap();
        assert_eq!(s.outputs[0].count, None);
    }

    #[test]
    fn malformed_sources_are_errors() {
        assert!(
            statement_at("int x;\n", 1, &no_macros)
                .unwrap_err()
                .contains("no inline asm")
        );
        assert!(
            statement_at("int x;\n", 9, &no_macros)
                .unwrap_err()
                .contains("no line 9")
        );
        let unbalanced = "void f(void) {\n\tasm volatile(\"nop\" : ASM_CALL_CONSTRAINT;\n}\n";
        assert!(
            statement_at(unbalanced, 2, &no_macros)
                .unwrap_err()
                .contains("unbalanced")
        );
        assert!(
            statement_at("void f(void) { asm(\"nop", 1, &no_macros)
                .unwrap_err()
                .contains("unterminated")
        );
    }

    #[test]
    fn kconfig_edit_targets_the_unwinder_choice() {
        let kconfig = "choice\n\tprompt \"Choose kernel unwinder\"\n\tdefault UNWINDER_ORC if X86_64\n\tdefault UNWINDER_FRAME_POINTER if X86_32\n\nconfig UNWINDER_ORC\n\tbool \"ORC unwinder\"\n\tdepends on X86_64\n\tselect OBJTOOL\n\thelp\n\t  text\n\nconfig UNWINDER_FRAME_POINTER\n\tbool \"Frame pointer unwinder\"\n\nendchoice\n";
        let new = apply_edits(kconfig, kconfig_frame_pointer_edits(kconfig).unwrap());
        assert!(
            new.contains(
                "\tdefault UNWINDER_FRAME_POINTER if KMSAN\n\tdefault UNWINDER_ORC if X86_64\n"
            ),
            "{new}"
        );
        assert!(
            new.contains("\tdepends on X86_64\n\tdepends on !KMSAN\n\tselect OBJTOOL\n"),
            "{new}"
        );
        assert!(kconfig_frame_pointer_edits("config FOO\n").is_err());
    }
}
