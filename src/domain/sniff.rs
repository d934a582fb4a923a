//! What a file is, from its first bytes: text to read as a roster, a spreadsheet workbook
//! (read by [`super::spreadsheet`]), or something else (an image, a PDF, an archive…),
//! which is named in one sentence instead of being read as garbage text.

use serde::Serialize;

/// A kind of file that is not a roster, named so the user knows what they picked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A PNG image.
    Png,
    /// A JPEG image.
    Jpeg,
    /// A GIF image.
    Gif,
    /// A WebP image.
    WebP,
    /// A HEIC, HEIF or AVIF image (phone photos).
    Heic,
    /// A BMP image.
    Bmp,
    /// A TIFF image.
    Tiff,
    /// A PDF document.
    Pdf,
    /// A zip archive that is not a workbook.
    Zip,
    /// A gzip-compressed file.
    Gzip,
    /// A 7-Zip archive.
    SevenZip,
    /// A RAR archive.
    Rar,
    /// A Word document (docx, or an old .doc).
    WordDocument,
    /// A PowerPoint presentation.
    Presentation,
    /// A video (MP4, MOV, AVI, WebM, MKV).
    Video,
    /// Audio (MP3, M4A, WAV, Ogg, FLAC).
    Audio,
    /// A program (Windows, Linux or macOS executable).
    Executable,
    /// An SQLite database.
    Sqlite,
    /// Bytes that are not text, of no kind recognised.
    Binary,
}

impl FileKind {
    /// Every kind, in declaration order.
    pub const ALL: [FileKind; 19] = [
        FileKind::Png,
        FileKind::Jpeg,
        FileKind::Gif,
        FileKind::WebP,
        FileKind::Heic,
        FileKind::Bmp,
        FileKind::Tiff,
        FileKind::Pdf,
        FileKind::Zip,
        FileKind::Gzip,
        FileKind::SevenZip,
        FileKind::Rar,
        FileKind::WordDocument,
        FileKind::Presentation,
        FileKind::Video,
        FileKind::Audio,
        FileKind::Executable,
        FileKind::Sqlite,
        FileKind::Binary,
    ];

    /// Stable id, for translation keys (`file.png`…) and the CLI.
    pub fn id(self) -> &'static str {
        match self {
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
            FileKind::Gif => "gif",
            FileKind::WebP => "webp",
            FileKind::Heic => "heic",
            FileKind::Bmp => "bmp",
            FileKind::Tiff => "tiff",
            FileKind::Pdf => "pdf",
            FileKind::Zip => "zip",
            FileKind::Gzip => "gzip",
            FileKind::SevenZip => "7z",
            FileKind::Rar => "rar",
            FileKind::WordDocument => "word",
            FileKind::Presentation => "presentation",
            FileKind::Video => "video",
            FileKind::Audio => "audio",
            FileKind::Executable => "executable",
            FileKind::Sqlite => "sqlite",
            FileKind::Binary => "binary",
        }
    }
}

/// A spreadsheet workbook format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkbookKind {
    /// Excel 2007 and later (`.xlsx`, `.xlsm`), a zip of XML.
    Xlsx,
    /// Excel binary workbook (`.xlsb`).
    Xlsb,
    /// Excel 97–2003 (`.xls`), an OLE compound file.
    Xls,
    /// OpenDocument spreadsheet (`.ods`: LibreOffice, and Google Sheets' download).
    Ods,
}

/// What a file's bytes are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// Text: read it as a delimited or JSON roster.
    Text,
    /// A spreadsheet workbook of this format: read its sheet as a roster.
    Workbook(WorkbookKind),
    /// A file of this kind, not a roster: named, not read.
    NotARoster(FileKind),
}

/// Looks at the first bytes (and, for a zip, the names of its first entries).
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    let kind = if starts(b"\x89PNG\r\n\x1a\n") {
        FileKind::Png
    } else if starts(b"\xff\xd8\xff") {
        FileKind::Jpeg
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        FileKind::Gif
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        FileKind::WebP
    } else if starts(b"RIFF") && matches!(bytes.get(8..12), Some(b"AVI " | b"WAVE")) {
        if bytes.get(8..12) == Some(b"WAVE") {
            FileKind::Audio
        } else {
            FileKind::Video
        }
    } else if bytes.get(4..8) == Some(b"ftyp") {
        match bytes.get(8..12) {
            Some(b"heic" | b"heix" | b"mif1" | b"msf1" | b"avif") => FileKind::Heic,
            Some(b"M4A " | b"M4B ") => FileKind::Audio,
            _ => FileKind::Video,
        }
    } else if starts(b"BM") && bytes.len() > 26 && bytes.get(6..10) == Some(&[0, 0, 0, 0]) {
        FileKind::Bmp
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        FileKind::Tiff
    } else if starts(b"%PDF-") {
        FileKind::Pdf
    } else if starts(b"PK\x03\x04") {
        return zip_kind(bytes);
    } else if starts(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        return ole_kind(bytes);
    } else if starts(b"\x1f\x8b") {
        FileKind::Gzip
    } else if starts(b"7z\xbc\xaf\x27\x1c") {
        FileKind::SevenZip
    } else if starts(b"Rar!\x1a\x07") {
        FileKind::Rar
    } else if starts(b"ID3") || starts(b"OggS") || starts(b"fLaC") {
        FileKind::Audio
    } else if starts(b"\x1a\x45\xdf\xa3") {
        FileKind::Video
    } else if starts(b"MZ") || starts(b"\x7fELF") || starts(b"\xcf\xfa\xed\xfe") {
        FileKind::Executable
    } else if starts(b"SQLite format 3\0") {
        FileKind::Sqlite
    } else if looks_binary(bytes) {
        FileKind::Binary
    } else {
        return Sniffed::Text;
    };
    Sniffed::NotARoster(kind)
}

/// A zip: a workbook when its entries say so (`xl/…`, an OpenDocument spreadsheet's
/// `mimetype`), else a Word or PowerPoint file, else an archive.
fn zip_kind(bytes: &[u8]) -> Sniffed {
    // An OpenDocument file starts with an uncompressed `mimetype` entry.
    let head = &bytes[..bytes.len().min(256)];
    if contains(
        head,
        b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet",
    ) {
        return Sniffed::Workbook(WorkbookKind::Ods);
    }
    // Entry names are stored in clear in each local header and in the central directory.
    if contains(bytes, b"xl/workbook.bin") {
        Sniffed::Workbook(WorkbookKind::Xlsb)
    } else if contains(bytes, b"xl/workbook.xml") || contains(bytes, b"xl/worksheets/") {
        Sniffed::Workbook(WorkbookKind::Xlsx)
    } else if contains(bytes, b"word/document.xml") {
        Sniffed::NotARoster(FileKind::WordDocument)
    } else if contains(bytes, b"ppt/presentation.xml") {
        Sniffed::NotARoster(FileKind::Presentation)
    } else {
        Sniffed::NotARoster(FileKind::Zip)
    }
}

/// An OLE compound file: an old Excel workbook when it holds a `Workbook` (or `Book`)
/// stream, else another old Office file.
fn ole_kind(bytes: &[u8]) -> Sniffed {
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if contains(bytes, &utf16("Workbook")) || contains(bytes, &utf16("Book")) {
        Sniffed::Workbook(WorkbookKind::Xls)
    } else if contains(bytes, &utf16("PowerPoint Document")) {
        Sniffed::NotARoster(FileKind::Presentation)
    } else {
        Sniffed::NotARoster(FileKind::WordDocument)
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Not text: control bytes (NUL among them) in the first 8 KiB, where text has none but
/// tab, line ends and form feed. UTF-16 text, whose ASCII characters pair with a zero byte,
/// is text.
fn looks_binary(bytes: &[u8]) -> bool {
    if super::text::utf16_order(bytes).is_some() {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    // A few stray control bytes in a text export (a pasted bell, a broken encoding) do
    // not make it binary; what is binary has many, NUL ones above all.
    let control = head
        .iter()
        .filter(|&&b| matches!(b, 0..=8 | 0x0e..=0x1a | 0x1c..=0x1f))
        .count();
    let nul = head.iter().filter(|&&b| b == 0).count();
    head.len() >= 32 && (nul * 100 > head.len() || control * 10 > head.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_what_a_file_is() {
        let not = |b: &[u8]| match sniff(b) {
            Sniffed::NotARoster(k) => Some(k),
            _ => None,
        };
        assert_eq!(not(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), Some(FileKind::Png));
        assert_eq!(not(b"\xff\xd8\xff\xe0\0\x10JFIF"), Some(FileKind::Jpeg));
        assert_eq!(not(b"%PDF-1.7\n%\xe2\xe3"), Some(FileKind::Pdf));
        assert_eq!(not(b"GIF89a\x01\0"), Some(FileKind::Gif));
        assert_eq!(not(b"RIFF\0\0\0\0WEBPVP8 "), Some(FileKind::WebP));
        assert_eq!(not(b"\0\0\0\x18ftypheic"), Some(FileKind::Heic));
        assert_eq!(not(b"\0\0\0\x18ftypisom"), Some(FileKind::Video));
        assert_eq!(not(b"\x1f\x8b\x08\0"), Some(FileKind::Gzip));
        assert_eq!(
            not(b"PK\x03\x04\x14\0\0\0creators.csv"),
            Some(FileKind::Zip)
        );
        assert_eq!(
            not(b"PK\x03\x04\x14\0\0\0word/document.xml"),
            Some(FileKind::WordDocument)
        );
        assert_eq!(not(b"MZ\x90\0\x03\0"), Some(FileKind::Executable));
        assert_eq!(
            not(&[b"handle\0followers\x01\x02".as_slice(), &[0u8; 40]].concat()),
            Some(FileKind::Binary)
        );
    }

    #[test]
    fn workbooks_by_their_entries() {
        assert_eq!(
            sniff(b"PK\x03\x04\x14\0\x06\0[Content_Types].xml....xl/workbook.xml"),
            Sniffed::Workbook(WorkbookKind::Xlsx)
        );
        assert_eq!(
            sniff(
                b"PK\x03\x04\x14\0\0\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            ),
            Sniffed::Workbook(WorkbookKind::Ods)
        );
        let mut xls = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1".to_vec();
        xls.extend("Workbook".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(sniff(&xls), Sniffed::Workbook(WorkbookKind::Xls));
    }

    #[test]
    fn text_is_text_in_any_script_and_encoding() {
        for text in [
            "handle,followers\nana,12.5K\n",
            "Nazwa;Obserwujący\r\nŁucja;10\u{a0}000\r\n",
            "\u{feff}ชื่อ\tผู้ติดตาม\n",
            "[{\"handle\":\"a\"}]",
            "handle\tfollowers\x0c\n",
            "rank,channel_info,followers\n1,ana\x01,12.5K\n2,bo,3K\x07\n3,cy,1M\n4,di,20K\n",
            "\x01\n0",
        ] {
            assert_eq!(sniff(text.as_bytes()), Sniffed::Text, "{text:?}");
        }
        let utf16: Vec<u8> = "handle\tfollowers\r\nana\t5\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(sniff(&utf16), Sniffed::Text);
    }
}
