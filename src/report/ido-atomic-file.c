/* ido-atomic-file.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ido-atomic-file.h"

struct _IdoAtomicFile
{
  char *path;
  char *temp_path;
  FILE *stream;
  gboolean committed;
};

/* The message names the file (or its folder) and the reason. */
static void
set_errno_error (GError     **error,
                 int          saved_errno,
                 gboolean     folder,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  if (folder)
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not write to the folder of “%s”: %s"), display, g_strerror (saved_errno));
  else
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
}

/**
 * ido_atomic_file_new:
 * @path: the file to write in the end
 *
 * Opens a temporary file in the directory of @path for writing.
 *
 * Returns: (transfer full) (nullable): the file, or %NULL with @error
 */
IdoAtomicFile *
ido_atomic_file_new (const char  *path,
                     GError     **error)
{
  g_autoptr(IdoAtomicFile) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  fd = g_mkstemp_full (template, O_RDWR, 0644);
  if (fd < 0)
    {
      set_errno_error (error, errno, TRUE, path);
      return NULL;
    }
  self = g_new0 (IdoAtomicFile, 1);
  self->path = g_strdup (path);
  self->temp_path = g_steal_pointer (&template);
  self->stream = fdopen (fd, "wb");
  if (self->stream == NULL)
    {
      set_errno_error (error, errno, FALSE, path);
      close (fd);
      return NULL;
    }
  return g_steal_pointer (&self);
}

FILE *
ido_atomic_file_get_stream (IdoAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->stream;
}

/* For writers that insist on a file name (libxlsxwriter): write there, then
 * commit. */
const char *
ido_atomic_file_get_temp_path (IdoAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->temp_path;
}

/**
 * ido_atomic_file_commit:
 *
 * Flushes the temporary file to disk and renames it over the destination.
 * On failure the destination is untouched and the temporary file removed.
 */
gboolean
ido_atomic_file_commit (IdoAtomicFile  *self,
                        GError        **error)
{
  FILE *stream;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  stream = g_steal_pointer (&self->stream);
  if (stream != NULL &&
      (fflush (stream) != 0 || fsync (fileno (stream)) != 0 || ferror (stream)))
    {
      set_errno_error (error, errno, FALSE, self->path);
      fclose (stream);
      return FALSE;
    }
  if (stream != NULL && fclose (stream) != 0)
    {
      set_errno_error (error, errno, FALSE, self->path);
      return FALSE;
    }
  if (g_rename (self->temp_path, self->path) != 0)
    {
      set_errno_error (error, errno, FALSE, self->path);
      return FALSE;
    }
  self->committed = TRUE;
  return TRUE;
}

/* Without a commit, the temporary file is removed and nothing changes. */
void
ido_atomic_file_free (IdoAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->stream != NULL)
    fclose (self->stream);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}

gboolean
ido_atomic_file_set_contents (const char  *path,
                              const char  *contents,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(IdoAtomicFile) file = ido_atomic_file_new (path, error);

  if (file == NULL)
    return FALSE;
  if (length > 0 && fwrite (contents, 1, length, file->stream) != length)
    {
      set_errno_error (error, errno, FALSE, path);
      return FALSE;
    }
  return ido_atomic_file_commit (file, error);
}
