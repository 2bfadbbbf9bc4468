//! The API's objects as JSON text for `JSON.parse`: one string crosses into JS,
//! which takes much less wasm than serde building objects field by field.
//! `None` becomes `null`, as it did with serde.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// Never throws: `Json` writes valid JSON.
    #[wasm_bindgen(js_namespace = JSON)]
    fn parse(text: &str) -> JsValue;
}

/// A value written as JSON text.
pub trait Json {
    fn write(&self, out: &mut String);
}

impl Json for str {
    fn write(&self, out: &mut String) {
        out.push('"');
        for c in self.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if c < ' ' => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    out.push_str("\\u00");
                    out.push(HEX[c as usize >> 4] as char);
                    out.push(HEX[c as usize & 15] as char);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
}

impl Json for String {
    fn write(&self, out: &mut String) {
        self.as_str().write(out);
    }
}

impl<T: Json + ?Sized> Json for &T {
    fn write(&self, out: &mut String) {
        (**self).write(out);
    }
}

impl Json for f64 {
    fn write(&self, out: &mut String) {
        // JS's own shortest round-trip digits, which JSON.parse reads back exactly
        // (Rust's `Display` for f64 would cost about 14 KB of wasm).
        // The API's numbers are finite; JSON has no NaN or infinity.
        if self.is_finite() {
            if let Ok(digits) = js_sys::Number::from(*self).to_string_with_radix(10) {
                out.push_str(&String::from(digits));
            }
        } else {
            out.push_str("null");
        }
    }
}

impl Json for usize {
    fn write(&self, out: &mut String) {
        out.push_str(&self.to_string());
    }
}

impl<T: Json> Json for Option<T> {
    fn write(&self, out: &mut String) {
        match self {
            Some(v) => v.write(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: Json> Json for [T] {
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write(out);
        }
        out.push(']');
    }
}

impl<T: Json> Json for Vec<T> {
    fn write(&self, out: &mut String) {
        self.as_slice().write(out);
    }
}

/// A JSON object, fields in the order they are added.
pub struct Object(String);

impl Object {
    pub fn new() -> Object {
        Object(String::from("{"))
    }

    pub fn field(mut self, key: &str, value: &dyn Json) -> Object {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        key.write(&mut self.0);
        self.0.push(':');
        value.write(&mut self.0);
        self
    }
}

impl Json for Object {
    fn write(&self, out: &mut String) {
        out.push_str(&self.0);
        out.push('}');
    }
}

pub fn to_js(value: &dyn Json) -> JsValue {
    let mut text = String::new();
    value.write(&mut text);
    parse(&text)
}
