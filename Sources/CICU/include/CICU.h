// A small C shim over the system ICU (libicu-dev).
//
// This header is seen by Swift, and Foundation on Linux carries its own copy of
// ICU, so it must never include <unicode/...>: only <stdint.h> types cross the
// boundary. Text crosses as UTF-8 (`const char *` plus a length in bytes); the
// conversion to ICU's UTF-16 happens in C, where it is an order of magnitude
// faster than Swift's `String(decoding:as:)`.
//
// Every function that can fail takes an `int32_t *error` holding an ICU
// `UErrorCode`: it must be 0 on entry; after the call, > 0 is a failure and
// < 0 a warning. Functions that write into a caller's buffer return the length
// they need; when that exceeds the capacity, `*error` is CICU_BUFFER_OVERFLOW
// and the caller retries with a bigger buffer.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#define CICU_BUFFER_OVERFLOW 15

// MARK: Normalization

/// Normalization forms understood by `cicu_normalize`.
typedef enum {
  CICU_NFC = 0,
  CICU_NFD = 1,
  CICU_NFKC = 2,
  CICU_NFKC_CASEFOLD = 3,
} cicu_normal_form;

/// Normalizes UTF-8 text into `out`. Wraps `unorm2_normalize` on the shared
/// singleton instances, which are thread-safe and never closed.
int32_t cicu_normalize(cicu_normal_form form, const char *text, int32_t length,
                       char *out, int32_t capacity, int32_t *error);

// MARK: Transliteration

typedef struct cicu_transliterator cicu_transliterator;

/// Opens a system transform by ID (`Kazakh-Latin/BGN`, `Latin-ASCII`) when
/// `rules` is NULL, or compiles custom forward `rules` under that ID. Wraps
/// `utrans_openU`. `parse_offset` receives the offset of a rule syntax error.
cicu_transliterator *cicu_transliterator_open(const char *id, int32_t id_length,
                                              const char *rules,
                                              int32_t rules_length,
                                              int32_t *parse_offset,
                                              int32_t *error);

/// A private copy for another thread: a transliterator is not thread-safe,
/// and cloning (under a microsecond) is far cheaper than opening.
cicu_transliterator *cicu_transliterator_clone(const cicu_transliterator *t,
                                               int32_t *error);

void cicu_transliterator_close(cicu_transliterator *t);

/// Transliterates UTF-8 text into `out`. Wraps `utrans_transUChars`, keeping
/// the source so that a retry after an overflow starts from clean input.
int32_t cicu_transliterate(cicu_transliterator *t, const char *text,
                           int32_t length, char *out, int32_t capacity,
                           int32_t *error);

// MARK: Scripts

/// The ICU `UScriptCode` of a code point (0 Common, 1 Inherited, 8 Cyrillic,
/// 25 Latin, ...). Wraps `uscript_getScript`.
int32_t cicu_script(uint32_t code_point);

/// The ISO 15924 short name of a script code ("Latn", "Cyrl", "Zyyy").
const char *cicu_script_short_name(int32_t script);

/// Whether a code point is a letter (general category L*).
int32_t cicu_is_alphabetic(uint32_t code_point);

// MARK: Segmentation

typedef enum {
  CICU_BREAK_WORD = 1,
  CICU_BREAK_SENTENCE = 3,
} cicu_break_kind;

typedef struct cicu_break_iterator cicu_break_iterator;

/// Opens a word or sentence break iterator for a locale ("en@ss=standard").
cicu_break_iterator *cicu_break_open(cicu_break_kind kind, const char *locale,
                                     int32_t *error);
void cicu_break_close(cicu_break_iterator *b);

/// Segments UTF-8 text. Writes up to `capacity` boundaries as UTF-8 byte
/// offsets (the first is 0, the last is `length`) and, when `statuses` is not
/// NULL, the rule status of the segment ending at each boundary (word breaks:
/// 0 none, 100s number, 200s letter, 300s kana, 400s ideograph). Returns the
/// number of boundaries.
int32_t cicu_break_segments(cicu_break_iterator *b, const char *text,
                            int32_t length, int32_t *boundaries,
                            int32_t *statuses, int32_t capacity,
                            int32_t *error);

// MARK: Collation

typedef struct cicu_collator cicu_collator;

/// Opens a collator for a locale ("kk", "ru", "en"). The collator is
/// configured only here, so sharing it across threads is safe.
cicu_collator *cicu_collator_open(const char *locale, int32_t *error);
void cicu_collator_close(cicu_collator *c);

/// Compares two UTF-8 strings: -1, 0 or 1. Wraps `ucol_strcollUTF8`.
int32_t cicu_collator_compare(const cicu_collator *c, const char *a,
                              int32_t a_length, const char *b,
                              int32_t b_length, int32_t *error);

/// Writes the binary sort key (memcmp order, ends in 0x00). Returns its length.
int32_t cicu_collator_sort_key(const cicu_collator *c, const char *text,
                               int32_t length, uint8_t *out, int32_t capacity,
                               int32_t *error);

// MARK: Confusables

typedef struct cicu_spoof_checker cicu_spoof_checker;

/// Opens a spoof checker with mixed-script, restriction-level and
/// invisible-character checks at the highly restrictive level.
cicu_spoof_checker *cicu_spoof_open(int32_t *error);
void cicu_spoof_close(cicu_spoof_checker *s);

/// The check result bits of `uspoof_check2UTF8` (0 when the text passes).
int32_t cicu_spoof_check(const cicu_spoof_checker *s, const char *text,
                         int32_t length, int32_t *error);

/// The confusable skeleton (UTS #39): strings that look alike share it.
int32_t cicu_spoof_skeleton(const cicu_spoof_checker *s, const char *text,
                            int32_t length, char *out, int32_t capacity,
                            int32_t *error);

// MARK: Errors

/// The ICU name of an error code ("U_INVALID_ID").
const char *cicu_error_name(int32_t error);

#endif
