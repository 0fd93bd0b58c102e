//! Operands that take one i386 register in every configuration: parameters of
//! the enclosing function declared with a type spelled in keywords alone
//! (`unsigned long len`, `const void *from`), which no configuration's
//! preprocessor can change, named by an identifier no configuration can
//! redefine or shadow before the statement.
//!
//! A 64-bit unit cannot tell an operand's i386 size (`u64` is `unsigned long`
//! on x86-64, `unsigned long long` on i386), so `edit_proof` counts every
//! operand as 64-bit unless the source fixes its size this way.

use crate::fixes::source::{ASM_KEYWORDS, AsmStatement, MacroLookup, Tok, Token, tokenize};

/// Words that spell an integer type of at most 4 bytes on i386 (with at most
/// one `long`), and the qualifiers that may go with them.
const INTEGER_WORDS: [&str; 9] = [
    "unsigned",
    "signed",
    "__signed__",
    "__signed",
    "int",
    "long",
    "short",
    "char",
    "_Bool",
];
const QUALIFIER_WORDS: [&str; 6] = [
    "const",
    "__const",
    "volatile",
    "__volatile__",
    "__volatile",
    "register",
];
/// What may follow the `*` of a pointer declarator.
const POINTER_QUALIFIERS: [&str; 6] = [
    "const",
    "volatile",
    "restrict",
    "__restrict",
    "__restrict__",
    "__const",
];
/// Words that may head a pointer parameter's type besides integer words and
/// qualifiers: `void *p`, `struct page *p`.
const TAG_WORDS: [&str; 4] = ["void", "struct", "union", "enum"];
/// Words before a parenthesis that make `word (...) {` something other than a
/// function definition's header (besides the asm keywords).
const NOT_FUNCTION_NAMES: [&str; 16] = [
    "if",
    "for",
    "while",
    "switch",
    "return",
    "sizeof",
    "_Alignof",
    "__alignof__",
    "typeof",
    "__typeof__",
    "__typeof",
    "__attribute__",
    "__attribute",
    "_Generic",
    "_Static_assert",
    "do",
];

/// The identifiers that operands of `stmt` (in `text`) consist of alone,
/// `"+c" (len)`, and that are parameters of the enclosing function whose
/// declared type takes one i386 register whatever the configuration. Empty
/// when anything on the way is not plain: the statement in a macro, text
/// rspill's tokenizer may read differently from the compiler (`lexer_doubt`),
/// a preprocessor directive between the function's header and the statement,
/// the function's name or the identifier a macro anywhere in `macros` (the
/// tree's, the command lines' and the compiler's own), the identifier in the
/// body before the statement where it may be declared (`may_declare`), or a
/// macro used there (which may expand to a declaration).
pub fn narrow_operands(text: &str, stmt: &AsmStatement, macros: MacroLookup) -> Vec<String> {
    if stmt.in_macro.is_some() {
        return Vec::new();
    }
    let Ok(toks) = tokenize(text) else {
        return Vec::new();
    };
    if lexer_doubt(text, &toks) {
        return Vec::new();
    }
    let word = |t: &Token| &text[t.span.clone()];
    let is_macro = |n: &str| macros(n).is_some() || macros(&format!("{n}()")).is_some();
    let start = toks.partition_point(|t| t.span.start < stmt.span.start);
    let Some(header) = function_header(text, &toks, start) else {
        return Vec::new();
    };
    let between = &toks[header.name..start];
    let directive = between.windows(2).any(|w| {
        w[0].kind == Tok::Punct(b'#')
            || (w[0].kind == Tok::Punct(b'%')
                && w[1].kind == Tok::Punct(b':')
                && w[0].span.end == w[1].span.start)
    }) || between.last().is_some_and(|t| t.kind == Tok::Punct(b'#'));
    let region = toks[header.name].span.start..stmt.span.start;
    if directive || is_macro(word(&toks[header.name])) || splice_or_escape(text, &toks, region) {
        return Vec::new();
    }
    let body = &toks[header.body + 1..start];
    if body
        .iter()
        .any(|t| t.kind == Tok::Ident && is_macro(word(t)))
    {
        return Vec::new();
    }
    let mut narrow = Vec::new();
    for op in stmt.outputs.iter().chain(&stmt.inputs) {
        let Some(x) = lone_identifier(&op.text) else {
            continue;
        };
        if narrow.contains(&x)
            || is_macro(&x)
            || (0..body.len()).any(|i| word(&body[i]) == x && may_declare(text, body, i))
        {
            continue;
        }
        let declared = header
            .params
            .iter()
            .find(|p| p.last().is_some_and(|t| word(t) == x));
        if declared.is_some_and(|p| one_i386_register(text, &p[..p.len() - 1], &is_macro)) {
            narrow.push(x);
        }
    }
    narrow
}

/// The tokens may not be the compiler's: C11 raw strings (`R"(…)"`, which
/// clang accepts in GNU C), C23 digit separators (`1'000`), trigraphs
/// (`??/` with `-std=c11`) or digraph braces (`<%`, `%>`) anywhere in the
/// file. Kernel C uses none of them.
fn lexer_doubt(text: &str, toks: &[Token]) -> bool {
    let b = text.as_bytes();
    let trigraph = b
        .windows(3)
        .any(|w| w[0] == b'?' && w[1] == b'?' && b"=/'()!<>-".contains(&w[2]));
    let adjacent = |x: &Token, y: &Token| x.span.end == y.span.start;
    let pair = toks.windows(2).any(|w| {
        let (x, y) = (&w[0], &w[1]);
        let prefix = x.kind == Tok::Ident && adjacent(x, y);
        // A string right after an identifier ending in R: a raw string.
        (prefix && y.kind == Tok::Str && text[x.span.clone()].ends_with('R'))
            // A character literal glued to a number or an identifier other
            // than its prefix: a digit separator.
            || (y.kind == Tok::Char
                && adjacent(x, y)
                && (x.kind == Tok::Number
                    || (x.kind == Tok::Ident
                        && !matches!(&text[x.span.clone()], "L" | "u" | "U" | "u8"))))
            || (adjacent(x, y)
                && matches!(
                    (x.kind, y.kind),
                    (Tok::Punct(b'<'), Tok::Punct(b'%'))
                        | (Tok::Punct(b'%'), Tok::Punct(b'>'))
                        | (Tok::Punct(b'<'), Tok::Punct(b':'))
                        | (Tok::Punct(b':'), Tok::Punct(b'>'))
                ))
    });
    trigraph || pair
}

/// Between the function's header and the statement, a backslash outside a
/// literal: a line splice (`le\` newline `n` is `len`) or a universal
/// character name (`l\u00e4nge` is `länge`), which the tokenizer does not join.
fn splice_or_escape(text: &str, toks: &[Token], region: std::ops::Range<usize>) -> bool {
    text[region.clone()].match_indices('\\').any(|(i, _)| {
        let at = region.start + i;
        !toks
            .iter()
            .any(|t| matches!(t.kind, Tok::Str | Tok::Char) && t.span.start < at && at < t.span.end)
    })
}

/// Whether `body[i]`, the operand's identifier, may be declared there: only
/// where the token before it cannot precede a declarator's name. After an
/// operator (`= len`, `!len`, `-> len`), at the start of a statement
/// (`{ len = 0`; a statement that starts with it declares something else,
/// if anything) or after `return` it is a use; after a type word, `*`, `(`,
/// `)`, `}`, `]` or `,` it may be a declaration (`u64 len`, `T *len`,
/// `T (len)`, `int a, len`, `[[attr]] len`), and after an `enum`'s `{` (an
/// enumerator), except after `if (`, `while (`, `switch (`, `for (` and
/// `return (`.
fn may_declare(text: &str, body: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &body[p]) else {
        // First in the body: the start of a statement.
        return false;
    };
    let word = |t: &Token| &text[t.span.clone()];
    match prev.kind {
        Tok::Ident => !matches!(word(prev), "return" | "sizeof" | "case"),
        // `T *len`, `int a, len`, `int __attribute__((unused)) len`,
        // `struct { … } len`.
        Tok::Punct(b'*' | b',' | b')' | b'}' | b']') => true,
        // An enumerator: `enum { len = 0x123456789LL }`.
        Tok::Punct(b'{') => {
            let before = |k: usize| i.checked_sub(k).map(|p| word(&body[p]));
            before(2) == Some("enum")
                || (before(3) == Some("enum") && body[i - 2].kind == Tok::Ident)
        }
        Tok::Punct(b'(') => !i.checked_sub(2).is_some_and(|p| {
            matches!(
                word(&body[p]),
                "if" | "while" | "switch" | "for" | "return" | "sizeof"
            )
        }),
        Tok::Punct(_) => false,
        _ => true,
    }
}

/// A function definition's header around the statement at token `start`.
struct Header<'t> {
    /// Token index of the function's name.
    name: usize,
    /// Token index of the body's `{`.
    body: usize,
    /// The parameter declarations, comma-separated, none with parentheses.
    params: Vec<&'t [Token]>,
}

/// The innermost block open at token `start` that is a function's body,
/// `name ( params ) {`, with its header.
fn function_header<'t>(text: &str, toks: &'t [Token], start: usize) -> Option<Header<'t>> {
    let mut depth = 0usize;
    for b in (0..start).rev() {
        match toks[b].kind {
            Tok::Punct(b'}') => depth += 1,
            Tok::Punct(b'{') if depth > 0 => depth -= 1,
            Tok::Punct(b'{') => {
                let Some(close) = b
                    .checked_sub(1)
                    .filter(|&c| toks[c].kind == Tok::Punct(b')'))
                else {
                    continue;
                };
                let open = matching_open(toks, close)?;
                let name = open.checked_sub(1)?;
                if toks[name].kind != Tok::Ident
                    || NOT_FUNCTION_NAMES.contains(&&text[toks[name].span.clone()])
                    || ASM_KEYWORDS.contains(&&text[toks[name].span.clone()])
                {
                    continue;
                }
                let list = &toks[open + 1..close];
                if list.iter().any(|t| {
                    matches!(
                        t.kind,
                        Tok::Punct(b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'=')
                    )
                }) {
                    // Not plain declarations: a macro call's arguments, a
                    // function-pointer parameter; nothing is claimed.
                    return None;
                }
                let params = list.split(|t| t.kind == Tok::Punct(b',')).collect();
                return Some(Header {
                    name,
                    body: b,
                    params,
                });
            }
            _ => {}
        }
    }
    None
}

/// The index of the `(` that the `)` at `close` closes.
fn matching_open(toks: &[Token], close: usize) -> Option<usize> {
    let mut depth = 0usize;
    for i in (0..=close).rev() {
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
    }
    None
}

/// `X` when an operand is written `[name] "constraint" (X)` with X an identifier.
fn lone_identifier(operand: &str) -> Option<String> {
    let toks = tokenize(operand).ok()?;
    let word = |t: &Token| &operand[t.span.clone()];
    let mut i = 0;
    if toks.first()?.kind == Tok::Punct(b'[') {
        i = 3;
        if toks.get(2)?.kind != Tok::Punct(b']') {
            return None;
        }
    }
    while toks.get(i)?.kind == Tok::Str {
        i += 1;
    }
    match &toks[i..] {
        [open, x, close]
            if open.kind == Tok::Punct(b'(')
                && x.kind == Tok::Ident
                && close.kind == Tok::Punct(b')') =>
        {
            Some(word(x).to_string())
        }
        _ => None,
    }
}

/// A parameter's type, the tokens before its name, takes one i386 register
/// in every configuration: an integer type of at most 4 bytes spelled in
/// keywords, or a pointer (`*` right before the name, qualifiers aside)
/// whose pointee is spelled in keywords and identifiers. No word of it may
/// be a macro anywhere (`#define long long long` is legal C).
fn one_i386_register(text: &str, ty: &[Token], is_macro: &dyn Fn(&str) -> bool) -> bool {
    let word = |t: &Token| &text[t.span.clone()];
    if ty.iter().any(|t| t.kind == Tok::Ident && is_macro(word(t))) {
        return false;
    }
    let mut end = ty.len();
    while end > 0
        && ty[end - 1].kind == Tok::Ident
        && POINTER_QUALIFIERS.contains(&word(&ty[end - 1]))
    {
        end -= 1;
    }
    if end > 0 && ty[end - 1].kind == Tok::Punct(b'*') {
        let pointee = &ty[..end - 1];
        return !pointee.is_empty()
            && pointee
                .iter()
                .all(|t| t.kind == Tok::Punct(b'*') || t.kind == Tok::Ident);
    }
    let words: Vec<&str> = ty.iter().map(word).collect();
    !words.is_empty()
        && ty.iter().all(|t| t.kind == Tok::Ident)
        && words
            .iter()
            .all(|w| INTEGER_WORDS.contains(w) || QUALIFIER_WORDS.contains(w))
        && words.iter().any(|w| INTEGER_WORDS.contains(w))
        && words.iter().filter(|w| **w == "long").count() <= 1
        && !words.iter().any(|w| TAG_WORDS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixes::source::statement_at;

    fn narrow(text: &str, line: usize, macros: &[&str]) -> Vec<String> {
        let lookup = |n: &str| macros.contains(&n).then(|| "x".to_string());
        let stmt = statement_at(text, line, &lookup).unwrap();
        narrow_operands(text, &stmt, &lookup)
    }

    const COPY: &str = "static inline unsigned long
copy(void *to, const void *from, unsigned long len)
{
\tstac();
\tasm volatile(\"call f\" : \"+c\" (len), \"+D\" (to), \"+S\" (from), ASM_CALL_CONSTRAINT : : \"memory\", \"rax\");
\treturn len;
}
";

    #[test]
    fn keyword_typed_parameters_are_narrow() {
        assert_eq!(
            narrow(COPY, 5, &["ASM_CALL_CONSTRAINT"]),
            ["len", "to", "from"]
        );
    }

    #[test]
    fn what_a_configuration_may_change_is_not() {
        // `u64` is 8 bytes on i386; `long long` too.
        let typedef = COPY.replace("unsigned long len", "u64 len");
        assert_eq!(narrow(&typedef, 5, &[]), ["to", "from"]);
        let long_long = COPY.replace("unsigned long len", "unsigned long long len");
        assert_eq!(narrow(&long_long, 5, &[]), ["to", "from"]);
        // A macro may expand to a declaration that shadows the parameter.
        assert!(narrow(COPY, 5, &["stac()"]).is_empty());
        // The name itself a macro somewhere in the tree.
        assert_eq!(narrow(COPY, 5, &["len"]), ["to", "from"]);
        // A pointee that is a macro may be anything (`#define T long long *`
        // makes no pointer of it, but a declaration like `T x`).
        assert_eq!(
            narrow(&COPY.replace("void *to", "T *to"), 5, &["T"]),
            ["len", "from"]
        );
        // A keyword may be a macro too.
        assert_eq!(narrow(COPY, 5, &["long"]), ["to", "from"]);
        assert_eq!(narrow(COPY, 5, &["void"]), ["len"]);
        // Shadowed before the statement.
        let shadow = COPY.replace("stac();", "u64 len = 0; stac();");
        assert_eq!(narrow(&shadow, 5, &[]), ["to", "from"]);
        // The header under a condition: another configuration compiles another.
        let cond = COPY.replace("{\n\tstac", "#ifdef X\n#endif\n{\n\tstac");
        assert!(narrow(&cond, 7, &[]).is_empty());
        // A macro's arguments, not a function's parameters.
        let call = COPY.replace("copy(void *to", "DEFINE(void *to");
        assert!(narrow(&call, 5, &["DEFINE()"]).is_empty());
        // Not a lone identifier.
        let expr = COPY.replace("\"+c\" (len)", "\"+c\" (len + 1)");
        assert_eq!(narrow(&expr, 5, &[]), ["to", "from"]);
    }

    #[test]
    fn inner_blocks_are_passed_through() {
        let text = "void f(int n, char *p)\n{\n\tif (1) {\n\t\tfor (;;) { }\n\t\tasm(\"\" : \"+r\" (p) : \"r\" (n));\n\t}\n}\n";
        assert_eq!(narrow(text, 5, &[]), ["p", "n"]);
    }
}
