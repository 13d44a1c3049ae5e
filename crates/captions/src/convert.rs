//! `wsis captions convert`: a Whisper model in CTranslate2's format (what the registry
//! packages ship: `model.bin` with float16 tensors and fused attention projections, and
//! `vocabulary.txt`) into the ggml file whisper.cpp loads (the layout of whisper.cpp's
//! `convert-pt-to-ggml.py`): hyper-parameters, the 80 mel filters, the byte-level BPE
//! vocabulary as bytes, then every tensor under OpenAI's names, the fused query, key and
//! value projections split, in float16 except the vectors, conv biases and positions.

use std::collections::HashMap;
use std::io::Write;

/// Why a model cannot be converted.
#[derive(Debug, thiserror::Error)]
pub enum ConvertError {
    #[error("not a CTranslate2 Whisper model: {0}")]
    NotCt2(String),
    #[error("the model lacks {0}")]
    Missing(String),
    #[error("{0} has an unexpected shape or type")]
    Shape(String),
    #[error("the vocabulary does not match the model: {0}")]
    Vocabulary(String),
    #[error("writing the model: {0}")]
    Io(#[from] std::io::Error),
}

/// One tensor of a CTranslate2 model: its dimensions, type id and raw bytes.
struct Var<'a> {
    dims: Vec<usize>,
    dtype: u8,
    data: &'a [u8],
}

const F32: u8 = 0;
const F16: u8 = 4;

/// Reads CTranslate2's `model.bin` (format version 6: name, rank, dims, type, bytes per
/// variable; then aliases).
fn parse(bytes: &[u8]) -> Result<HashMap<String, Var<'_>>, ConvertError> {
    let bad = |w: &str| ConvertError::NotCt2(w.to_owned());
    let mut p = 0usize;
    let take = |p: &mut usize, n: usize| -> Result<&[u8], ConvertError> {
        let s = bytes
            .get(*p..*p + n)
            .ok_or_else(|| bad("the file ends early"))?;
        *p += n;
        Ok(s)
    };
    let u8_ = |p: &mut usize| -> Result<u8, ConvertError> { Ok(take(p, 1)?[0]) };
    let u16_ = |p: &mut usize| -> Result<u16, ConvertError> {
        Ok(u16::from_le_bytes(
            take(p, 2)?.try_into().unwrap_or_default(),
        ))
    };
    let u32_ = |p: &mut usize| -> Result<u32, ConvertError> {
        Ok(u32::from_le_bytes(
            take(p, 4)?.try_into().unwrap_or_default(),
        ))
    };
    let string = |p: &mut usize| -> Result<String, ConvertError> {
        let n = u16_(p)? as usize;
        let b = take(p, n)?;
        let b = b
            .strip_suffix(&[0])
            .ok_or_else(|| bad("a name without its end"))?;
        String::from_utf8(b.to_vec()).map_err(|_| bad("a name that is not UTF-8"))
    };
    let version = u32_(&mut p)?;
    if !(5..=6).contains(&version) {
        return Err(bad(&format!("format version {version}")));
    }
    let spec = string(&mut p)?;
    if spec != "WhisperSpec" {
        return Err(bad(&format!("a {spec}")));
    }
    let _revision = u32_(&mut p)?;
    let n = u32_(&mut p)? as usize;
    // Whisper large has about 1,300 variables; the count is the file's word only.
    let mut vars = HashMap::with_capacity(n.min(4096));
    for _ in 0..n {
        let name = string(&mut p)?;
        let rank = u8_(&mut p)? as usize;
        let dims = (0..rank)
            .map(|_| u32_(&mut p).map(|d| d as usize))
            .collect::<Result<Vec<_>, _>>()?;
        let dtype = u8_(&mut p)?;
        let len = u32_(&mut p)? as usize;
        let data = take(&mut p, len)?;
        let item = match dtype {
            0 | 3 => 4,
            1 => 1,
            _ => 2,
        };
        let elements = dims
            .iter()
            .try_fold(1usize, |a, d| a.checked_mul(*d))
            .and_then(|n| n.checked_mul(item));
        if elements != Some(len) {
            return Err(ConvertError::Shape(name));
        }
        vars.insert(name, Var { dims, dtype, data });
    }
    Ok(vars)
}

/// The 80 mel filters of Whisper's front end (librosa's Slaney mel scale and norm, 16 kHz,
/// a 400-point FFT): 80 rows of 201 weights.
pub fn mel_filters() -> Vec<f32> {
    const SR: f64 = 16_000.0;
    const N_FFT: usize = 400;
    const N_MELS: usize = 80;
    let hz_to_mel = |f: f64| {
        if f >= 1000.0 {
            15.0 + (f / 1000.0).ln() / (6.4f64.ln() / 27.0)
        } else {
            f / (200.0 / 3.0)
        }
    };
    let mel_to_hz = |m: f64| {
        if m >= 15.0 {
            1000.0 * ((6.4f64.ln() / 27.0) * (m - 15.0)).exp()
        } else {
            m * (200.0 / 3.0)
        }
    };
    let bins = N_FFT / 2 + 1;
    let fft: Vec<f64> = (0..bins)
        .map(|i| i as f64 * (SR / 2.0) / (bins - 1) as f64)
        .collect();
    let (lo, hi) = (hz_to_mel(0.0), hz_to_mel(SR / 2.0));
    let mel_f: Vec<f64> = (0..N_MELS + 2)
        .map(|i| mel_to_hz(lo + (hi - lo) * i as f64 / (N_MELS + 1) as f64))
        .collect();
    let mut out = vec![0f32; N_MELS * bins];
    for m in 0..N_MELS {
        let (l, c, r) = (mel_f[m], mel_f[m + 1], mel_f[m + 2]);
        let norm = 2.0 / (r - l);
        for (k, f) in fft.iter().enumerate() {
            let up = (f - l) / (c - l);
            let down = (r - f) / (r - c);
            out[m * bins + k] = (up.min(down).max(0.0) * norm) as f32;
        }
    }
    out
}

/// GPT-2's byte-level alphabet read backwards: the bytes a vocabulary entry stands for.
fn token_bytes(token: &str) -> Option<Vec<u8>> {
    let mut table: HashMap<char, u8> = HashMap::new();
    let mut n = 0u32;
    for b in 0..=255u8 {
        let printable = (33..=126).contains(&b) || (161..=172).contains(&b) || b >= 174;
        let c = if printable {
            char::from(b)
        } else {
            n += 1;
            char::from_u32(255 + n)?
        };
        table.insert(c, b);
    }
    token.chars().map(|c| table.get(&c).copied()).collect()
}

fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let frac = (h & 0x3ff) as u32;
    let bits = match (exp, frac) {
        (0, 0) => sign,
        (0, f) => {
            // Subnormal: normalise.
            let mut e = 127 - 15 + 1;
            let mut f = f;
            while f & 0x400 == 0 {
                f <<= 1;
                e -= 1;
            }
            sign | ((e as u32) << 23) | ((f & 0x3ff) << 13)
        }
        (0x1f, f) => sign | 0x7f80_0000 | (f << 13),
        (e, f) => sign | ((e + 127 - 15) << 23) | (f << 13),
    };
    f32::from_bits(bits)
}

/// What the converted model is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelInfo {
    pub n_vocab: usize,
    pub d_model: usize,
    pub heads: usize,
    pub encoder_layers: usize,
    pub decoder_layers: usize,
    pub multilingual: bool,
}

/// Converts a CTranslate2 Whisper model (`model_bin`, with its `vocabulary.txt`) into
/// whisper.cpp's ggml file, written to `out`.
pub fn convert(
    model_bin: &[u8],
    vocabulary: &str,
    out: &mut impl Write,
) -> Result<ModelInfo, ConvertError> {
    let vars = parse(model_bin)?;
    let get = |name: &str| {
        vars.get(name)
            .ok_or_else(|| ConvertError::Missing(name.to_owned()))
    };
    let scalar = |name: &str| -> Result<usize, ConvertError> {
        let v = get(name)?;
        match (v.dtype, v.data.len()) {
            (1, 1) => Ok(v.data[0] as usize),
            (2, 2) => Ok(u16::from_le_bytes([v.data[0], v.data[1]]) as usize),
            (3, 4) => Ok(u32::from_le_bytes(v.data.try_into().unwrap_or_default()) as usize),
            _ => Err(ConvertError::Shape(name.to_owned())),
        }
    };
    let embeddings = get("decoder/embeddings/weight")?;
    let conv1 = get("encoder/conv1/weight")?;
    let enc_pos = get("encoder/position_encodings/encodings")?;
    let dec_pos = get("decoder/position_encodings/encodings")?;
    let [n_vocab, d] = embeddings.dims[..] else {
        return Err(ConvertError::Shape("decoder/embeddings/weight".into()));
    };
    let n_mels = conv1.dims.get(1).copied().unwrap_or(0);
    if n_mels != 80 || conv1.dims.len() != 3 {
        return Err(ConvertError::Shape("encoder/conv1/weight".into()));
    }
    for (name, v) in [
        ("encoder/position_encodings/encodings", enc_pos),
        ("decoder/position_encodings/encodings", dec_pos),
    ] {
        if v.dims.len() != 2 || v.dims[1] != d {
            return Err(ConvertError::Shape(name.into()));
        }
    }
    let count_layers = |side: &str| {
        (0..)
            .take_while(|i| vars.contains_key(&format!("{side}/layer_{i}/ffn/linear_0/weight")))
            .count()
    };
    let heads = scalar("encoder/num_heads")?;
    let text_heads = scalar("decoder/num_heads")?;
    if heads == 0 || text_heads == 0 || d == 0 || d % heads != 0 || d % text_heads != 0 {
        return Err(ConvertError::Shape("encoder/num_heads".into()));
    }
    let info = ModelInfo {
        n_vocab,
        d_model: d,
        heads,
        encoder_layers: count_layers("encoder"),
        decoder_layers: count_layers("decoder"),
        multilingual: n_vocab >= 51865,
    };
    // The vocabulary: the byte-level BPE tokens before the first special one.
    let tokens: Vec<&str> = vocabulary
        .lines()
        .take_while(|t| *t != "<|endoftext|>")
        .collect();
    let expected = if info.multilingual { 50257 } else { 50256 };
    if tokens.len() != expected {
        return Err(ConvertError::Vocabulary(format!(
            "{} ordinary tokens for a vocabulary of {n_vocab}",
            tokens.len()
        )));
    }

    // Header and hyper-parameters.
    let i32s = |out: &mut dyn Write, v: &[usize]| -> std::io::Result<()> {
        for x in v {
            out.write_all(&(*x as i32).to_le_bytes())?;
        }
        Ok(())
    };
    out.write_all(&0x6767_6d6c_i32.to_le_bytes())?;
    i32s(
        out,
        &[
            n_vocab,
            enc_pos.dims[0],
            d,
            info.heads,
            info.encoder_layers,
            dec_pos.dims[0],
            d,
            text_heads,
            info.decoder_layers,
            n_mels,
            1, // float16
        ],
    )?;
    // Mel filters.
    i32s(out, &[80, 201])?;
    for f in mel_filters() {
        out.write_all(&f.to_le_bytes())?;
    }
    // Vocabulary.
    i32s(out, &[tokens.len()])?;
    for t in &tokens {
        let b =
            token_bytes(t).ok_or_else(|| ConvertError::Vocabulary(format!("the token {t:?}")))?;
        out.write_all(&(b.len() as u32).to_le_bytes())?;
        out.write_all(&b)?;
    }

    // Tensors. `rows`: a range of the first dimension (the fused projections' parts).
    let write = |out: &mut dyn Write,
                 name: &str,
                 src: &str,
                 rows: Option<(usize, usize)>,
                 shape: Option<&[usize]>,
                 as_f32: bool|
     -> Result<(), ConvertError> {
        let v = get(src)?;
        if v.dtype != F16 && v.dtype != F32 {
            return Err(ConvertError::Shape(src.to_owned()));
        }
        let item = if v.dtype == F16 { 2 } else { 4 };
        if v.dims.is_empty() {
            return Err(ConvertError::Shape(src.to_owned()));
        }
        let row_len = v.dims[1..].iter().product::<usize>().max(1) * item;
        let (dims, data): (Vec<usize>, &[u8]) = match rows {
            Some((a, b)) => {
                if b > v.dims[0] {
                    return Err(ConvertError::Shape(src.to_owned()));
                }
                let mut dims = v.dims.clone();
                dims[0] = b - a;
                (
                    dims,
                    v.data
                        .get(a * row_len..b * row_len)
                        .ok_or_else(|| ConvertError::Shape(src.to_owned()))?,
                )
            }
            None => (v.dims.clone(), v.data),
        };
        let dims: Vec<usize> = shape.map(<[usize]>::to_vec).unwrap_or(dims);
        i32s(out, &[dims.len(), name.len(), if as_f32 { 0 } else { 1 }])?;
        for x in dims.iter().rev() {
            i32s(out, &[*x])?;
        }
        out.write_all(name.as_bytes())?;
        match (v.dtype, as_f32) {
            (F16, false) | (F32, true) => out.write_all(data)?,
            (F16, true) => {
                for c in data.chunks_exact(2) {
                    out.write_all(&f16_to_f32(u16::from_le_bytes([c[0], c[1]])).to_le_bytes())?;
                }
            }
            _ => return Err(ConvertError::Shape(src.to_owned())),
        }
        Ok(())
    };
    // A layer norm, a linear layer, or a slice of rows of one.
    let norm = |out: &mut dyn Write, to: &str, from: &str| -> Result<(), ConvertError> {
        write(
            out,
            &format!("{to}.weight"),
            &format!("{from}/gamma"),
            None,
            None,
            true,
        )?;
        write(
            out,
            &format!("{to}.bias"),
            &format!("{from}/beta"),
            None,
            None,
            true,
        )
    };
    let linear = |out: &mut dyn Write,
                  to: &str,
                  from: &str,
                  rows: Option<(usize, usize)>,
                  bias: bool|
     -> Result<(), ConvertError> {
        write(
            out,
            &format!("{to}.weight"),
            &format!("{from}/weight"),
            rows,
            None,
            false,
        )?;
        if bias {
            write(
                out,
                &format!("{to}.bias"),
                &format!("{from}/bias"),
                rows,
                None,
                true,
            )?;
        }
        Ok(())
    };
    let out: &mut dyn Write = out;
    write(
        out,
        "encoder.positional_embedding",
        "encoder/position_encodings/encodings",
        None,
        None,
        true,
    )?;
    for c in ["conv1", "conv2"] {
        write(
            out,
            &format!("encoder.{c}.weight"),
            &format!("encoder/{c}/weight"),
            None,
            None,
            false,
        )?;
        write(
            out,
            &format!("encoder.{c}.bias"),
            &format!("encoder/{c}/bias"),
            None,
            Some(&[d, 1]),
            true,
        )?;
    }
    norm(out, "encoder.ln_post", "encoder/layer_norm")?;
    write(
        out,
        "decoder.token_embedding.weight",
        "decoder/embeddings/weight",
        None,
        None,
        false,
    )?;
    write(
        out,
        "decoder.positional_embedding",
        "decoder/position_encodings/encodings",
        None,
        None,
        true,
    )?;
    norm(out, "decoder.ln", "decoder/layer_norm")?;
    for (side, layers) in [
        ("encoder", info.encoder_layers),
        ("decoder", info.decoder_layers),
    ] {
        for i in 0..layers {
            let (to, from) = (format!("{side}.blocks.{i}"), format!("{side}/layer_{i}"));
            let sa = format!("{from}/self_attention");
            norm(out, &format!("{to}.attn_ln"), &format!("{sa}/layer_norm"))?;
            linear(
                out,
                &format!("{to}.attn.query"),
                &format!("{sa}/linear_0"),
                Some((0, d)),
                true,
            )?;
            linear(
                out,
                &format!("{to}.attn.key"),
                &format!("{sa}/linear_0"),
                Some((d, 2 * d)),
                false,
            )?;
            linear(
                out,
                &format!("{to}.attn.value"),
                &format!("{sa}/linear_0"),
                Some((2 * d, 3 * d)),
                true,
            )?;
            linear(
                out,
                &format!("{to}.attn.out"),
                &format!("{sa}/linear_1"),
                None,
                true,
            )?;
            if side == "decoder" {
                let ca = format!("{from}/attention");
                norm(
                    out,
                    &format!("{to}.cross_attn_ln"),
                    &format!("{ca}/layer_norm"),
                )?;
                linear(
                    out,
                    &format!("{to}.cross_attn.query"),
                    &format!("{ca}/linear_0"),
                    None,
                    true,
                )?;
                linear(
                    out,
                    &format!("{to}.cross_attn.key"),
                    &format!("{ca}/linear_1"),
                    Some((0, d)),
                    false,
                )?;
                linear(
                    out,
                    &format!("{to}.cross_attn.value"),
                    &format!("{ca}/linear_1"),
                    Some((d, 2 * d)),
                    true,
                )?;
                linear(
                    out,
                    &format!("{to}.cross_attn.out"),
                    &format!("{ca}/linear_2"),
                    None,
                    true,
                )?;
            }
            norm(
                out,
                &format!("{to}.mlp_ln"),
                &format!("{from}/ffn/layer_norm"),
            )?;
            linear(
                out,
                &format!("{to}.mlp.0"),
                &format!("{from}/ffn/linear_0"),
                None,
                true,
            )?;
            linear(
                out,
                &format!("{to}.mlp.2"),
                &format!("{from}/ffn/linear_1"),
                None,
                true,
            )?;
        }
    }
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_floats_read_as_floats() {
        assert_eq!(f16_to_f32(0x3c00), 1.0);
        assert_eq!(f16_to_f32(0xc000), -2.0);
        assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
        assert_eq!(f16_to_f32(0x0001), 5.960_464_5e-8);
        assert_eq!(f16_to_f32(0), 0.0);
        assert!(f16_to_f32(0x7c00).is_infinite());
    }

    #[test]
    fn byte_level_tokens_read_as_their_bytes() {
        assert_eq!(token_bytes("Ġthe").unwrap(), b" the");
        assert_eq!(token_bytes("Ċ").unwrap(), b"\n");
        assert_eq!(token_bytes("Ã©").unwrap(), "é".as_bytes());
        assert_eq!(token_bytes("!").unwrap(), b"!");
    }

    #[test]
    fn mel_filters_are_whispers() {
        let f = mel_filters();
        assert_eq!(f.len(), 80 * 201);
        // Slaney-normalised triangles: non-negative, each with one peak, peaks rising.
        assert!(f.iter().all(|x| *x >= 0.0));
        let peak = |m: usize| {
            (0..201)
                .max_by(|a, b| f[m * 201 + a].total_cmp(&f[m * 201 + b]))
                .unwrap()
        };
        assert!((1..80).all(|m| peak(m) >= peak(m - 1)));
        // Values of whisper's own mel_80 filters (librosa): row 0 peaks at bin 1.
        assert!((f[1] - 0.024_862_7).abs() < 1e-4, "{}", f[1]);
        assert_eq!(peak(79), 192);
        assert_eq!(peak(40), 43);
        assert!((f[40 * 201 + 43] - 0.014_735_57).abs() < 1e-6);
    }

    /// A CTranslate2 file of the given variables (name, dims, dtype, bytes).
    fn ct2(vars: &[(String, Vec<usize>, u8, Vec<u8>)]) -> Vec<u8> {
        let mut b = Vec::new();
        let s = |b: &mut Vec<u8>, t: &str| {
            b.extend_from_slice(&((t.len() + 1) as u16).to_le_bytes());
            b.extend_from_slice(t.as_bytes());
            b.push(0);
        };
        b.extend_from_slice(&6u32.to_le_bytes());
        s(&mut b, "WhisperSpec");
        b.extend_from_slice(&3u32.to_le_bytes());
        b.extend_from_slice(&(vars.len() as u32).to_le_bytes());
        for (name, dims, dt, data) in vars {
            s(&mut b, name);
            b.push(dims.len() as u8);
            for d in dims {
                b.extend_from_slice(&(*d as u32).to_le_bytes());
            }
            b.push(*dt);
            b.extend_from_slice(&(data.len() as u32).to_le_bytes());
            b.extend_from_slice(data);
        }
        b.extend_from_slice(&0u32.to_le_bytes());
        b
    }

    #[test]
    fn a_small_model_converts_with_its_projections_split() {
        let d = 2;
        // Each tensor's f16 values count up from 1 (1.0 = 0x3c00, 2.0 = 0x4000, …).
        let half = |n: usize| -> Vec<u8> {
            (0..n)
                .flat_map(|i| {
                    let v = [0x3c00u16, 0x4000, 0x4200, 0x4400, 0x4500, 0x4600][i % 6];
                    v.to_le_bytes()
                })
                .collect()
        };
        let mut vars: Vec<(String, Vec<usize>, u8, Vec<u8>)> = vec![
            (
                "encoder/num_heads".into(),
                vec![],
                2,
                1u16.to_le_bytes().to_vec(),
            ),
            (
                "decoder/num_heads".into(),
                vec![],
                2,
                1u16.to_le_bytes().to_vec(),
            ),
            (
                "decoder/embeddings/weight".into(),
                vec![51864, d],
                F16,
                half(51864 * d),
            ),
            (
                "encoder/conv1/weight".into(),
                vec![d, 80, 3],
                F16,
                half(d * 240),
            ),
            ("encoder/conv1/bias".into(), vec![d], F16, half(d)),
            (
                "encoder/conv2/weight".into(),
                vec![d, d, 3],
                F16,
                half(d * d * 3),
            ),
            ("encoder/conv2/bias".into(), vec![d], F16, half(d)),
            (
                "encoder/position_encodings/encodings".into(),
                vec![1500, d],
                F16,
                half(1500 * d),
            ),
            (
                "decoder/position_encodings/encodings".into(),
                vec![448, d],
                F16,
                half(448 * d),
            ),
        ];
        for p in ["encoder/layer_norm", "decoder/layer_norm"] {
            vars.push((format!("{p}/gamma"), vec![d], F16, half(d)));
            vars.push((format!("{p}/beta"), vec![d], F16, half(d)));
        }
        for side in ["encoder", "decoder"] {
            let l = format!("{side}/layer_0");
            let mut lin = |n: String, rows: usize, cols: usize| {
                vars.push((
                    format!("{n}/weight"),
                    vec![rows, cols],
                    F16,
                    half(rows * cols),
                ));
                vars.push((format!("{n}/bias"), vec![rows], F16, half(rows)));
            };
            lin(format!("{l}/self_attention/linear_0"), 3 * d, d);
            lin(format!("{l}/self_attention/linear_1"), d, d);
            lin(format!("{l}/ffn/linear_0"), 4 * d, d);
            lin(format!("{l}/ffn/linear_1"), d, 4 * d);
            if side == "decoder" {
                lin(format!("{l}/attention/linear_0"), d, d);
                lin(format!("{l}/attention/linear_1"), 2 * d, d);
                lin(format!("{l}/attention/linear_2"), d, d);
            }
            let mut ln = |n: String| {
                vars.push((format!("{n}/gamma"), vec![d], F16, half(d)));
                vars.push((format!("{n}/beta"), vec![d], F16, half(d)));
            };
            ln(format!("{l}/self_attention/layer_norm"));
            ln(format!("{l}/ffn/layer_norm"));
            if side == "decoder" {
                ln(format!("{l}/attention/layer_norm"));
            }
        }
        let bin = ct2(&vars);
        let mut vocab: Vec<String> = (0..50256).map(|i| format!("t{i}")).collect();
        vocab[0] = "Ġthe".into();
        vocab.push("<|endoftext|>".into());
        let mut out = Vec::new();
        let info = convert(&bin, &vocab.join("\n"), &mut out).unwrap();
        assert_eq!(
            info,
            ModelInfo {
                n_vocab: 51864,
                d_model: 2,
                heads: 1,
                encoder_layers: 1,
                decoder_layers: 1,
                multilingual: false
            }
        );
        // Read the file back: header, filters, vocabulary, then the tensors by name.
        let i32_at = |p: usize| i32::from_le_bytes(out[p..p + 4].try_into().unwrap());
        assert_eq!(i32_at(0), 0x6767_6d6c);
        let hp: Vec<i32> = (0..11).map(|i| i32_at(4 + 4 * i)).collect();
        assert_eq!(hp, vec![51864, 1500, 2, 1, 1, 448, 2, 1, 1, 80, 1]);
        let mut p = 48;
        assert_eq!((i32_at(p), i32_at(p + 4)), (80, 201));
        p += 8 + 80 * 201 * 4;
        assert_eq!(i32_at(p), 50256);
        p += 4;
        assert_eq!(i32_at(p), 4);
        assert_eq!(&out[p + 4..p + 8], b" the");
        for _ in 0..50256 {
            p += 4 + i32_at(p) as usize;
        }
        let mut tensors: HashMap<String, (Vec<i32>, i32, Vec<u8>)> = HashMap::new();
        while p < out.len() {
            let (n_dims, len, ty) = (i32_at(p), i32_at(p + 4) as usize, i32_at(p + 8));
            p += 12;
            let dims: Vec<i32> = (0..n_dims as usize).map(|i| i32_at(p + 4 * i)).collect();
            p += 4 * n_dims as usize;
            let name = String::from_utf8(out[p..p + len].to_vec()).unwrap();
            p += len;
            let size = dims.iter().product::<i32>() as usize * if ty == 0 { 4 } else { 2 };
            tensors.insert(name, (dims, ty, out[p..p + size].to_vec()));
            p += size;
        }
        // 11 outside the layers, 15 per encoder layer, 24 per decoder layer (with its
        // cross-attention): every name whisper.cpp loads.
        assert_eq!(tensors.len(), 11 + 15 + 24);
        let (dims, ty, data) = &tensors["encoder.blocks.0.attn.key.weight"];
        // ggml's dimensions are numpy's reversed; the key is rows 2–3 of the fused [6, 2].
        assert_eq!((dims.clone(), *ty), (vec![2, 2], 1));
        assert_eq!(data, &half(12)[8..16]);
        assert!(!tensors.contains_key("encoder.blocks.0.attn.key.bias"));
        let (dims, ty, data) = &tensors["encoder.blocks.0.attn.value.bias"];
        assert_eq!((dims.clone(), *ty), (vec![2], 0));
        // Value bias: elements 4–5 of the fused bias (f16 5.0 and 6.0), as f32.
        assert_eq!(data, &[5.0f32.to_le_bytes(), 6.0f32.to_le_bytes()].concat());
        let (dims, _, _) = &tensors["encoder.conv1.bias"];
        assert_eq!(dims, &vec![1, 2]);
        let (dims, ty, _) = &tensors["encoder.conv1.weight"];
        assert_eq!((dims.clone(), *ty), (vec![3, 80, 2], 1));
        let (dims, ty, _) = &tensors["decoder.blocks.0.cross_attn.value.weight"];
        assert_eq!((dims.clone(), *ty), (vec![2, 2], 1));
        assert_eq!(tensors["decoder.positional_embedding"].1, 0);

        // A vocabulary of another model is refused; so is a file that is not a model.
        let err = convert(&bin, "a\nb\n<|endoftext|>", &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ConvertError::Vocabulary(_)));
        let err = convert(b"not a model", "", &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ConvertError::NotCt2(_)));
        let err = convert(&bin[..bin.len() / 2], "", &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ConvertError::NotCt2(_)));
        // Crafted models: no heads, or sizes that overflow, are refused, not a panic.
        let mut crafted = vars.clone();
        crafted[0].3 = 0u16.to_le_bytes().to_vec();
        let err = convert(&ct2(&crafted), &vocab.join("\n"), &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ConvertError::Shape(_)), "{err}");
        let mut crafted = vars.clone();
        crafted[3].1 = vec![usize::MAX / 2, 4, 3];
        let err = convert(&ct2(&crafted), &vocab.join("\n"), &mut Vec::new()).unwrap_err();
        assert!(matches!(err, ConvertError::Shape(_)), "{err}");
    }
}
