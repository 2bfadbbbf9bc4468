//! Text width estimates and line wrapping, identical natively and in the browser.
//!
//! plotters measures text through the DOM in the browser (one forced layout per label)
//! and by byte length natively (Chinese three times too wide); layout uses this estimate
//! instead, slightly generous so labels never collide.

/// Width of `s` in px at font size `size`.
pub fn width(s: &str, size: f64) -> f64 {
    s.chars().map(char_em).sum::<f64>() * size
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'i' | 'l' | 'j' | 'I' => 0.32,
        '(' | ')' | '[' | ']' | '-' | 'f' | 't' | 'r' => 0.42,
        '0'..='9' => 0.64,
        'm' | 'w' | 'M' | 'W' => 0.95,
        'A'..='Z' => 0.74,
        c if c.is_ascii() => 0.62,
        '·' | '–' | '—' | '“' | '”' => 0.62,
        _ => 1.02, // CJK and full-width punctuation: one em, with a margin
    }
}

/// Breaks `s` into lines no wider than `max` px: Chinese between any two characters,
/// English at spaces (a single long word breaks anywhere).
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // Tokens: a run of ASCII non-space characters, a space, or one other character.
    let mut tokens: Vec<String> = Vec::new();
    // A place's Chinese name is one token: never broken across lines (兰州高新区).
    let mut protected_until = 0;
    for (at, c) in s.char_indices() {
        if at < protected_until {
            if let Some(t) = tokens.last_mut() {
                t.push(c);
            }
            continue;
        }
        if !c.is_ascii() {
            if let Some(name) = name_at(s, at) {
                protected_until = at + name.len();
                match tokens.last_mut() {
                    // Still glued to an opening mark before it.
                    Some(t) if t.chars().last().is_some_and(is_opening) => t.push(c),
                    _ => tokens.push(c.to_string()),
                }
                continue;
            }
        }
        let word = c.is_ascii() && c != ' ';
        // No line starts with a closing mark or a colon, and none ends with an opening one.
        // (`matches!`, not `str::contains`: a non-ASCII char pattern brings a substring
        // searcher into the wasm.)
        let closing = matches!(
            c,
            '，' | '。'
                | '、'
                | '：'
                | '；'
                | '！'
                | '？'
                | '）'
                | '》'
                | '」'
                | '』'
                | '”'
                | '’'
                | '…'
                | '%'
                | ')'
                | ','
        );
        match tokens.last_mut() {
            Some(t) if word && t.chars().last().is_some_and(|p| p.is_ascii() && p != ' ') => {
                t.push(c)
            }
            Some(t) if closing && t != " " => t.push(c),
            Some(t) if t.chars().last().is_some_and(is_opening) => t.push(c),
            _ => tokens.push(c.to_string()),
        }
    }
    for t in tokens {
        if !line.is_empty() && width(&line, size) + width(&t, size) > max {
            lines.push(line.trim_end().to_string());
            line = String::new();
            if t == " " {
                continue;
            }
        }
        if line.is_empty() && width(&t, size) > max {
            // A word wider than the line: break it by characters, with a hyphen where the
            // break falls between two letters: after the word's own last hyphen between
            // letters if the line has one ("innovation-" / "driven", not "innovation-driv-"),
            // else one added, the line giving its last letters to the next until it fits.
            for c in t.chars() {
                if !line.is_empty() && width(&line, size) + char_em(c) * size > max {
                    let mut carry = String::new();
                    if c.is_ascii_alphabetic()
                        && line.as_bytes().last().is_some_and(u8::is_ascii_alphabetic)
                    {
                        let own = line
                            .bytes()
                            .rposition(|b| b == b'-')
                            .filter(|&p| p > 0 && line.as_bytes()[p - 1].is_ascii_alphabetic());
                        while line.len() > own.map_or(1, |p| p + 1)
                            && (own.is_some() || width(&line, size) + char_em('-') * size > max)
                        {
                            if let Some(p) = line.pop() {
                                carry.insert(0, p);
                            }
                        }
                        if own.is_none() {
                            line.push('-');
                        }
                    }
                    lines.push(std::mem::replace(&mut line, carry));
                }
                line.push(c);
            }
            continue;
        }
        line.push_str(&t);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    // No orphan: a last line of one Chinese character takes one more from the line above.
    let n = lines.len();
    if n >= 2 && lines[n - 1].chars().count() == 1 && !lines[n - 1].is_ascii() {
        let prev = &mut lines[n - 2];
        if prev.chars().count() > 2 && !prev.is_ascii() {
            if let Some(c) = prev.pop() {
                lines[n - 1].insert(0, c);
            }
        }
    }
    lines
}

/// The widest piece of `s` that [`wrap`] keeps whole where it can: a place's Chinese name
/// or a Latin word. A label narrower than its line never has one broken.
pub fn widest_unbreakable(s: &str, size: f64) -> f64 {
    let mut widest: f64 = 0.0;
    let mut skip_until = 0;
    for (at, c) in s.char_indices() {
        if at < skip_until || c.is_ascii() {
            continue;
        }
        if let Some(name) = name_at(s, at) {
            widest = widest.max(width(name, size));
            skip_until = at + name.len();
        }
    }
    s.split(|c: char| !c.is_ascii() || c == ' ')
        .map(|w| width(w, size))
        .fold(widest, f64::max)
}

fn is_opening(c: char) -> bool {
    matches!(c, '（' | '《' | '「' | '『' | '“' | '‘' | '(')
}

/// The place name (a zone's or city's Chinese name, full or short) starting at byte `at`.
fn name_at(s: &str, at: usize) -> Option<&'static str> {
    let rest = s.get(at..)?;
    crate::dataset::Dataset::get()
        .zones
        .iter()
        .flat_map(|z| [z.name_zh, z.short_zh])
        .filter(|n| n.chars().count() > 1 && rest.starts_with(n))
        .max_by_key(|n| n.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_wider_than_latin() {
        assert!(width("兰州高新区", 12.0) > width("Lanzhou", 12.0));
        assert!((width("兰州", 10.0) - 20.4).abs() < 1e-9);
    }

    #[test]
    fn wraps_within_the_width() {
        let lines = wrap("Lanzhou High-tech Zone national rank", 12.0, 90.0);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(width(l, 12.0) <= 90.0, "{l}");
            assert!(!l.starts_with(' ') && !l.ends_with(' '));
        }
        // A place's name is never broken where it fits on a line.
        assert_eq!(
            wrap("兰州新区兰州高新区", 10.0, 60.0),
            ["兰州新区", "兰州高新区"]
        );
        // No orphan, no line starting with a closing mark.
        assert_eq!(wrap("甲乙丙丁戊", 10.0, 42.0), ["甲乙丙", "丁戊"]);
        let lines = wrap("甲乙丙丁，戊己", 10.0, 42.0);
        assert!(lines.iter().all(|l| !l.starts_with('，')), "{lines:?}");
    }

    #[test]
    fn a_word_broken_between_letters_takes_a_hyphen_that_fits() {
        for max in [30.0, 45.0, 60.0] {
            let lines = wrap("Interdisciplinary", 12.0, max);
            assert!(lines.len() > 1, "{lines:?}");
            let joined: String = lines
                .iter()
                .map(|l| l.strip_suffix('-').unwrap_or(l))
                .collect();
            assert_eq!(joined, "Interdisciplinary", "{lines:?}");
            // Every break inside the word is marked, and the hyphen fits.
            for l in &lines[..lines.len() - 1] {
                assert!(l.ends_with('-') && width(l, 12.0) <= max, "{l} at {max}");
            }
        }
        // A word with hyphens of its own breaks after them first.
        for max in [70.0, 90.0] {
            let lines = wrap("and innovation-driven growth", 12.0, max);
            assert!(
                lines.iter().any(|l| l.ends_with("innovation-")),
                "{lines:?} at {max}"
            );
            assert!(
                lines.iter().any(|l| l.starts_with("driven")),
                "{lines:?} at {max}"
            );
        }
        // Digits break without one.
        assert!(wrap("12345678901234", 12.0, 30.0)
            .iter()
            .all(|l| !l.ends_with('-')));
    }
}
