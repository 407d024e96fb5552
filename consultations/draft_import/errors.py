from django.core.exceptions import ValidationError


class DraftImportError(ValidationError):
    """Why an uploaded or pasted draft could not be read.

    A ValidationError, so that a form's clean method can let it reach the field
    unchanged; ``code`` names the case (``unsupported``, ``content_mismatch``,
    ``too_large``, ``unreadable``, ``encrypted``, ``no_text``, ``empty``).
    """
