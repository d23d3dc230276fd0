/* ido-library-page.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-financier-page.h"

G_BEGIN_DECLS

#define IDO_TYPE_LIBRARY_PAGE (ido_library_page_get_type ())

G_DECLARE_FINAL_TYPE (IdoLibraryPage, ido_library_page, IDO, LIBRARY_PAGE, IdoFinancierPage)

GtkWidget *ido_library_page_new (IdoDatabase *database);

G_END_DECLS
