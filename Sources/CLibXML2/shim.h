#ifndef SPIEGEL_CLIBXML2_SHIM_H
#define SPIEGEL_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, and Swift's Foundation carries its own ICU: a module that
// sees both fails a clean build ("'UErrorCode' has different definitions in different
// modules"). Read the version header first and hide libxml2's ICU support before anything
// else includes it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlschemas.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 refuses to call.
static inline void spiegel_xml_free(void *pointer) { xmlFree(pointer); }

/// An external entity loader that loads nothing: installed process-wide so that no
/// document, schema or DTD can make libxml2 open a file or a network address.
static inline xmlParserInputPtr spiegel_deny_entity_loader(const char *url, const char *id,
                                                           xmlParserCtxtPtr context) {
    (void)url; (void)id; (void)context;
    return NULL;
}

static inline void spiegel_install_deny_all_entity_loader(void) {
    xmlSetExternalEntityLoader(spiegel_deny_entity_loader);
}

#endif
