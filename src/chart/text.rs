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
    for c in s.chars() {
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
            Some(t)
                if t.chars()
                    .last()
                    .is_some_and(|p| matches!(p, '（' | '《' | '「' | '『' | '“' | '‘' | '(')) =>
            {
                t.push(c)
            }
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
            // A word wider than the line: break it by characters.
            for c in t.chars() {
                if !line.is_empty() && width(&line, size) + char_em(c) * size > max {
                    lines.push(std::mem::take(&mut line));
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
    lines
}

/// Wraps to at most `max_lines`, ending the last with "…" when text is cut.
pub fn wrap_lines(s: &str, size: f64, max: f64, max_lines: usize) -> Vec<String> {
    let mut lines = wrap(s, size, max);
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().unwrap();
        while !last.is_empty() && width(last, size) + width("…", size) > max {
            last.pop();
        }
        last.push('…');
    }
    lines
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
        assert_eq!(
            wrap("兰州新区兰州高新区", 10.0, 42.0),
            ["兰州新区", "兰州高新", "区"]
        );
        let cut = wrap_lines("兰州新区兰州高新区", 10.0, 42.0, 2);
        assert_eq!(cut.len(), 2);
        assert!(cut[1].ends_with('…'));
    }
}
