// libxml2's SAX2 push parser, for the GPX/TCX/Apple Health readers.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>. Foundation on
// Linux ships its own ICU headers (_FoundationICU) and clang then refuses the two different
// definitions of UErrorCode whenever a file imports both modules (seen on first builds). lumbar
// never touches libxml2's ICU converters (only pointers to the handler struct pass through), so
// the ICU part of the headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
