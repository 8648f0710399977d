"""Records into text or bytes in every format; the only layer that knows Vietnamese and English."""
