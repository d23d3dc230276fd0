/* ido-role-info.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-role-info.h"

/* The order is IdoRole's, which is also the sidebar's and Alt+1..7's. */
static const IdoRoleInfo roles[IDO_N_ROLES] = {
  { IDO_ROLE_OVERVIEW, "overview", N_("Overview"),
    N_("Your municipality and what needs attention"), "view-grid-symbolic" },
  { IDO_ROLE_FINANCIER, "financier", N_("Financier"),
    N_("Library, agreements, SPUK budget, targets"), "accessories-calculator-symbolic" },
  { IDO_ROLE_PROMOTOR, "promotor", N_("Promoter"),
    N_("Making the IDO known to residents and organisations"), "x-office-presentation-symbolic" },
  { IDO_ROLE_NETWORK, "network", N_("Network Director"),
    N_("Partners, referral agreements, network meetings"), "system-users-symbolic" },
  { IDO_ROLE_REFERRER, "referrer", N_("Warm Referrer"),
    N_("Municipal desks that refer residents, trainings"), "mail-forward-symbolic" },
  { IDO_ROLE_SERVICE, "service", N_("Digital Service Provider"),
    N_("Changes in e-services, signals from the IDO"), "web-browser-symbolic" },
  { IDO_ROLE_POLICY, "policy", N_("Policy Maker"),
    N_("Adjacent policy domains and their officers"), "x-office-document-symbolic" },
};

/**
 * ido_role_info_get:
 *
 * Returns: (transfer none): the static description of @role
 */
const IdoRoleInfo *
ido_role_info_get (IdoRole role)
{
  g_return_val_if_fail (role < IDO_N_ROLES, &roles[IDO_ROLE_OVERVIEW]);

  return &roles[role];
}

/**
 * ido_role_info_lookup_name:
 * @name: a role name such as "network"
 * @role: (out) (optional): the role
 *
 * Returns: %TRUE when @name names a role
 */
gboolean
ido_role_info_lookup_name (const char *name,
                           IdoRole    *role)
{
  if (name == NULL)
    return FALSE;
  for (guint i = 0; i < IDO_N_ROLES; i++)
    {
      if (g_str_equal (roles[i].name, name))
        {
          if (role != NULL)
            *role = roles[i].role;
          return TRUE;
        }
    }
  return FALSE;
}
