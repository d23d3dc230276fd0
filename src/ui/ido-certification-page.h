/* ido-certification-page.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ido-financier-page.h"

G_BEGIN_DECLS

#define IDO_TYPE_CERTIFICATION_PAGE (ido_certification_page_get_type ())

G_DECLARE_FINAL_TYPE (IdoCertificationPage, ido_certification_page, IDO, CERTIFICATION_PAGE, IdoFinancierPage)

GtkWidget *ido_certification_page_new (IdoDatabase *database);

G_END_DECLS
