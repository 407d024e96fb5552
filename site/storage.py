"""The private storage: files that no public URL serves."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages


class PrivateStorage(FileSystemStorage):
    """Files that no public URL serves (``STORAGES["private"]``, in
    ``PRIVATE_MEDIA_ROOT``): comment attachments, unsaved draft imports. A view
    that checks permissions serves them, or nothing does."""

    @property
    def base_location(self):
        # Read when used, so that tests and deployments may move it.
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL; serve them through a view.")


def private_storage():
    """The storage of ``STORAGES["private"]``, for FileFields (``storage=private_storage``)."""
    return storages["private"]
