// The only file that sees ICU's headers; see include/CICU.h for the contract.
#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucol.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

_Static_assert(sizeof(UChar) == 2, "UChar must be a UTF-16 unit");
_Static_assert(CICU_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "");
_Static_assert((int)CICU_BREAK_WORD == (int)UBRK_WORD, "");
_Static_assert((int)CICU_BREAK_SENTENCE == (int)UBRK_SENTENCE, "");
_Static_assert(USCRIPT_LATIN == 25 && USCRIPT_CYRILLIC == 8, "");

// MARK: UTF-16 buffers

// A growable UTF-16 buffer that starts on the stack, because nearly every
// string `tm` handles is a term or a sentence.
typedef struct {
  UChar *units;
  int32_t length;
  int32_t capacity;
  UChar inline_units[512];
} u16buf;

static void u16buf_init(u16buf *b) {
  b->units = b->inline_units;
  b->length = 0;
  b->capacity = (int32_t)(sizeof b->inline_units / sizeof(UChar));
}

static void u16buf_free(u16buf *b) {
  if (b->units != b->inline_units) free(b->units);
}

static int u16buf_reserve(u16buf *b, int32_t capacity) {
  if (capacity <= b->capacity) return 1;
  UChar *units = malloc((size_t)capacity * sizeof(UChar));
  if (units == NULL) return 0;
  memcpy(units, b->units, (size_t)b->length * sizeof(UChar));
  u16buf_free(b);
  b->units = units;
  b->capacity = capacity;
  return 1;
}

// Decodes UTF-8 into the buffer; ill-formed bytes become U+FFFD.
static void u16buf_from_utf8(u16buf *b, const char *text, int32_t length,
                             UErrorCode *error) {
  if (U_FAILURE(*error)) return;
  // A UTF-8 string never has more UTF-16 units than bytes.
  if (!u16buf_reserve(b, length + 1)) {
    *error = U_MEMORY_ALLOCATION_ERROR;
    return;
  }
  u_strFromUTF8WithSub(b->units, b->capacity, &b->length, text, length, 0xFFFD,
                       NULL, error);
}

// Encodes UTF-16 as UTF-8 into `out`, returning the length needed.
static int32_t utf8_from_u16(const UChar *units, int32_t length, char *out,
                             int32_t capacity, UErrorCode *error) {
  if (U_FAILURE(*error)) return 0;
  int32_t needed = 0;
  u_strToUTF8WithSub(out, capacity, &needed, units, length, 0xFFFD, NULL,
                     error);
  if (*error == U_STRING_NOT_TERMINATED_WARNING) *error = U_ZERO_ERROR;
  return needed;
}

// MARK: Normalization

int32_t cicu_normalize(cicu_normal_form form, const char *text, int32_t length,
                       char *out, int32_t capacity, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = NULL;
  switch (form) {
  case CICU_NFC: normalizer = unorm2_getNFCInstance(&status); break;
  case CICU_NFD: normalizer = unorm2_getNFDInstance(&status); break;
  case CICU_NFKC: normalizer = unorm2_getNFKCInstance(&status); break;
  case CICU_NFKC_CASEFOLD:
    normalizer = unorm2_getNFKCCasefoldInstance(&status);
    break;
  default: status = U_ILLEGAL_ARGUMENT_ERROR;
  }
  u16buf source, result;
  u16buf_init(&source);
  u16buf_init(&result);
  u16buf_from_utf8(&source, text, length, &status);
  int32_t needed = 0;
  if (U_SUCCESS(status)) {
    result.length = unorm2_normalize(normalizer, source.units, source.length,
                                     result.units, result.capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;
      // After an overflow the length is the one needed, not what the buffer
      // holds: reset it, or growing the buffer would copy that many units
      // out of the inline one (a crash on a 1M-letter word, found by fuzzing).
      int32_t needed16 = result.length;
      result.length = 0;
      if (u16buf_reserve(&result, needed16 + 1)) {
        result.length = unorm2_normalize(normalizer, source.units,
                                         source.length, result.units,
                                         result.capacity, &status);
      } else {
        status = U_MEMORY_ALLOCATION_ERROR;
      }
    }
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    needed = utf8_from_u16(result.units, result.length, out, capacity, &status);
  }
  u16buf_free(&source);
  u16buf_free(&result);
  *error = status;
  return needed;
}

// MARK: Transliteration

struct cicu_transliterator {
  UTransliterator *handle;
};

cicu_transliterator *cicu_transliterator_open(const char *id, int32_t id_length,
                                              const char *rules,
                                              int32_t rules_length,
                                              int32_t *parse_offset,
                                              int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  u16buf id16, rules16;
  u16buf_init(&id16);
  u16buf_init(&rules16);
  u16buf_from_utf8(&id16, id, id_length, &status);
  if (rules != NULL) u16buf_from_utf8(&rules16, rules, rules_length, &status);
  UParseError parse_error;
  memset(&parse_error, 0, sizeof parse_error);
  UTransliterator *handle = NULL;
  if (U_SUCCESS(status)) {
    handle = utrans_openU(id16.units, id16.length, UTRANS_FORWARD,
                          rules != NULL ? rules16.units : NULL,
                          rules != NULL ? rules16.length : 0, &parse_error,
                          &status);
  }
  u16buf_free(&id16);
  u16buf_free(&rules16);
  if (parse_offset != NULL) *parse_offset = parse_error.offset;
  *error = status;
  if (U_FAILURE(status) || handle == NULL) return NULL;
  cicu_transliterator *t = malloc(sizeof *t);
  if (t == NULL) {
    utrans_close(handle);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  t->handle = handle;
  return t;
}

cicu_transliterator *cicu_transliterator_clone(const cicu_transliterator *t,
                                               int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UTransliterator *handle = utrans_clone(t->handle, &status);
  *error = status;
  if (U_FAILURE(status)) return NULL;
  cicu_transliterator *copy = malloc(sizeof *copy);
  if (copy == NULL) {
    utrans_close(handle);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  copy->handle = handle;
  return copy;
}

void cicu_transliterator_close(cicu_transliterator *t) {
  if (t == NULL) return;
  utrans_close(t->handle);
  free(t);
}

int32_t cicu_transliterate(cicu_transliterator *t, const char *text,
                           int32_t length, char *out, int32_t capacity,
                           int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  u16buf source, work;
  u16buf_init(&source);
  u16buf_init(&work);
  u16buf_from_utf8(&source, text, length, &status);
  int32_t needed = 0;
  // utrans_transUChars works in place and leaves garbage after an overflow,
  // so each attempt starts from a fresh copy of the source.
  int32_t capacity16 = source.length * 2 + 16;
  for (int attempt = 0; attempt < 4 && U_SUCCESS(status); attempt++) {
    if (!u16buf_reserve(&work, capacity16)) {
      status = U_MEMORY_ALLOCATION_ERROR;
      break;
    }
    memcpy(work.units, source.units, (size_t)source.length * sizeof(UChar));
    int32_t text_length = source.length;
    int32_t limit = source.length;
    utrans_transUChars(t->handle, work.units, &text_length, work.capacity, 0,
                       &limit, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;
      capacity16 = text_length + 16 > capacity16 * 2 ? text_length + 16
                                                     : capacity16 * 2;
      continue;
    }
    if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
    work.length = text_length;
    needed = utf8_from_u16(work.units, work.length, out, capacity, &status);
    break;
  }
  u16buf_free(&source);
  u16buf_free(&work);
  *error = status;
  return needed;
}

// MARK: Scripts

int32_t cicu_script(uint32_t code_point) {
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)code_point, &status);
  return U_SUCCESS(status) ? (int32_t)script : (int32_t)USCRIPT_UNKNOWN;
}

const char *cicu_script_short_name(int32_t script) {
  const char *name = uscript_getShortName((UScriptCode)script);
  return name != NULL ? name : "Zzzz";
}

int32_t cicu_is_alphabetic(uint32_t code_point) {
  return u_isalpha((UChar32)code_point) ? 1 : 0;
}

// MARK: Segmentation

struct cicu_break_iterator {
  UBreakIterator *handle;
  // The iterator keeps a pointer to its text, so the text lives here.
  u16buf text;
};

cicu_break_iterator *cicu_break_open(cicu_break_kind kind, const char *locale,
                                     int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *handle = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0,
                                     &status);
  if (status == U_USING_DEFAULT_WARNING || status == U_USING_FALLBACK_WARNING)
    status = U_ZERO_ERROR;
  *error = status;
  if (U_FAILURE(status)) return NULL;
  cicu_break_iterator *b = malloc(sizeof *b);
  if (b == NULL) {
    ubrk_close(handle);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  b->handle = handle;
  u16buf_init(&b->text);
  return b;
}

void cicu_break_close(cicu_break_iterator *b) {
  if (b == NULL) return;
  ubrk_close(b->handle);
  u16buf_free(&b->text);
  free(b);
}

// The number of UTF-8 bytes that the UTF-16 unit at `units[i]` stands for.
static int32_t utf8_width(const UChar *units, int32_t i) {
  UChar unit = units[i];
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (U16_IS_LEAD(unit)) return 4;
  if (U16_IS_TRAIL(unit)) return 0;  // counted with its lead
  return 3;
}

int32_t cicu_break_segments(cicu_break_iterator *b, const char *text,
                            int32_t length, int32_t *boundaries,
                            int32_t *statuses, int32_t capacity,
                            int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  b->text.length = 0;
  u16buf_from_utf8(&b->text, text, length, &status);
  if (U_FAILURE(status)) {
    *error = status;
    return 0;
  }
  ubrk_setText(b->handle, b->text.units, b->text.length, &status);
  if (U_FAILURE(status)) {
    *error = status;
    return 0;
  }
  int32_t count = 0;
  int32_t unit = 0, byte = 0;  // walk UTF-16 and UTF-8 offsets together
  for (int32_t boundary = ubrk_first(b->handle); boundary != UBRK_DONE;
       boundary = ubrk_next(b->handle)) {
    while (unit < boundary) byte += utf8_width(b->text.units, unit++);
    if (count < capacity) {
      boundaries[count] = byte;
      if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(b->handle);
    }
    count++;
  }
  if (count > capacity) status = U_BUFFER_OVERFLOW_ERROR;
  *error = status;
  return count;
}

// MARK: Collation

struct cicu_collator {
  UCollator *handle;
};

cicu_collator *cicu_collator_open(const char *locale, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UCollator *handle = ucol_open(locale, &status);
  if (status == U_USING_DEFAULT_WARNING || status == U_USING_FALLBACK_WARNING)
    status = U_ZERO_ERROR;
  *error = status;
  if (U_FAILURE(status)) return NULL;
  cicu_collator *c = malloc(sizeof *c);
  if (c == NULL) {
    ucol_close(handle);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  c->handle = handle;
  return c;
}

void cicu_collator_close(cicu_collator *c) {
  if (c == NULL) return;
  ucol_close(c->handle);
  free(c);
}

int32_t cicu_collator_compare(const cicu_collator *c, const char *a,
                              int32_t a_length, const char *b,
                              int32_t b_length, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  UCollationResult result =
      ucol_strcollUTF8(c->handle, a, a_length, b, b_length, &status);
  *error = status;
  return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

int32_t cicu_collator_sort_key(const cicu_collator *c, const char *text,
                               int32_t length, uint8_t *out, int32_t capacity,
                               int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  u16buf source;
  u16buf_init(&source);
  u16buf_from_utf8(&source, text, length, &status);
  int32_t needed = 0;
  if (U_SUCCESS(status)) {
    needed = ucol_getSortKey(c->handle, source.units, source.length, out,
                             capacity);
    if (needed > capacity) status = U_BUFFER_OVERFLOW_ERROR;
  }
  u16buf_free(&source);
  *error = status;
  return needed;
}

// MARK: Confusables

struct cicu_spoof_checker {
  USpoofChecker *handle;
};

cicu_spoof_checker *cicu_spoof_open(int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  USpoofChecker *handle = uspoof_open(&status);
  uspoof_setChecks(handle,
                   USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_RESTRICTION_LEVEL |
                       USPOOF_INVISIBLE,
                   &status);
  uspoof_setRestrictionLevel(handle, USPOOF_HIGHLY_RESTRICTIVE);
  *error = status;
  if (U_FAILURE(status)) {
    uspoof_close(handle);
    return NULL;
  }
  cicu_spoof_checker *s = malloc(sizeof *s);
  if (s == NULL) {
    uspoof_close(handle);
    *error = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  s->handle = handle;
  return s;
}

void cicu_spoof_close(cicu_spoof_checker *s) {
  if (s == NULL) return;
  uspoof_close(s->handle);
  free(s);
}

int32_t cicu_spoof_check(const cicu_spoof_checker *s, const char *text,
                         int32_t length, int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t result = uspoof_check2UTF8(s->handle, text, length, NULL, &status);
  *error = status;
  return result;
}

int32_t cicu_spoof_skeleton(const cicu_spoof_checker *s, const char *text,
                            int32_t length, char *out, int32_t capacity,
                            int32_t *error) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t needed =
      uspoof_getSkeletonUTF8(s->handle, 0, text, length, out, capacity, &status);
  if (status == U_STRING_NOT_TERMINATED_WARNING) status = U_ZERO_ERROR;
  *error = status;
  return needed;
}

// MARK: Errors

const char *cicu_error_name(int32_t error) {
  return u_errorName((UErrorCode)error);
}
