"""Settings for IRIS Dialogue: one module, every deployment choice read from the environment.

The embedded defaults (SQLite, in-memory channel layer, database search,
local-memory cache, console e-mail) run the whole product on one small machine.
A production deployment names its services in the environment; the checks at the
end of this module refuse to start with an unsafe configuration.

Environment variables:
    IRIS_ENVIRONMENT   development (default), test or production
    SECRET_KEY         required in production, at least 50 characters
    ALLOWED_HOSTS      comma-separated host names; required in production
    CSRF_TRUSTED_ORIGINS  comma-separated origins, e.g. https://dialogue.example.org
    DATABASE_URL       e.g. postgres://user:pass@host:5432/iris (default: SQLite in var/)
    REDIS_URL          e.g. redis://127.0.0.1:6379/0: channel layer and cache
    SEARCH_URL         opensearch[s]://host:port or elasticsearch[s]://host:port; database search when unset
    EMAIL_URL          smtp://user:pass@host:587, or file:///path to write each message
                       to a file there (default: console)
    DEFAULT_FROM_EMAIL sender address of the site's e-mail
    MEDIA_ROOT         where uploads are stored (default: var/media)
    PRIVATE_MEDIA_ROOT where files no public URL serves are stored (default: var/private)
    STATIC_ROOT        where collectstatic writes (default: var/static)
    IRIS_BASE_URL      absolute address of the site, used in e-mails
    IRIS_SECURITY_CONTACT  where vulnerabilities are reported (/.well-known/security.txt)
    IRIS_SECURE_SSL_REDIRECT  "false" when a proxy in front already redirects to https
    IRIS_VAR_DIR       the SQLite file, uploads, static files and development key (default: var/)
    IRIS_WITHOUT_APPS  comma-separated feature apps to leave out, e.g. hearings
    TASKS_BACKEND      django-tasks backend (default in production: the database, run by
                       `manage.py run_worker`; elsewhere: each task at once, in the request)
    LOG_LEVEL          root log level (default: INFO)
    WEB_CONCURRENCY    uvicorn processes serving the site (uvicorn reads it too; default 1)
    IRIS_DATABASE_CONNECTIONS  PostgreSQL connections all processes together may hold (default 40)
    IRIS_PAGE_CACHE_SECONDS    how long anonymous readers' pages are cached (default 10; 0: off)
    IRIS_API_RATE_LIMIT  anonymous requests to /api/ one address may make (default 120/m)
    IRIS_NUM_PROXIES   proxies in front of the site, for the client's address (production: 1)
    DEBUG              development only: "false" to see production error pages
"""

import os
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
SHELL_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("IRIS_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_flag(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


ENVIRONMENT = os.environ.get("IRIS_ENVIRONMENT", "development")
if ENVIRONMENT not in {"development", "test", "production"}:
    raise ImproperlyConfigured(
        f"IRIS_ENVIRONMENT must be development, test or production, not {ENVIRONMENT!r}."
    )
PRODUCTION = ENVIRONMENT == "production"
DEBUG = ENVIRONMENT == "development" and env_flag("DEBUG", True)

# A development key is generated per checkout and kept out of the repository.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY and not PRODUCTION:
    from django.core.management.utils import get_random_secret_key

    key_file = VAR_DIR / "secret_key"
    if not key_file.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(get_random_secret_key())
    SECRET_KEY = key_file.read_text().strip()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
IRIS_BASE_URL = os.environ.get("IRIS_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = IRIS_BASE_URL

# Apps -----------------------------------------------------------------------
# The shell and the shared apps come first. Feature apps plug in through
# wagtail_hooks.py and the project hooks in iris_site.hooks: removing one from
# this list removes its feature and nothing else.
SHARED_APPS = [
    "iris_site",
    "accounts",
]
FEATURE_APPS = [
    "consultations",
    "hearings",
    "policy_library",
    "peer_reviews",
    "search",
]
REMOVED_FEATURE_APPS = env_list("IRIS_WITHOUT_APPS")

INSTALLED_APPS = [
    *SHARED_APPS,
    *[app for app in FEATURE_APPS if app not in REMOVED_FEATURE_APPS],
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "channels",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "iris_site.middleware.SecurityHeadersMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "iris_site.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "iris_site.middleware.ApiAwareLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "iris_site.middleware.NotFoundPageMiddleware",
    "iris_site.middleware.HostileIdMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "accounts.middleware.SessionExpiryMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "iris_site.urls"
ASGI_APPLICATION = "iris_site.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Serving ----------------------------------------------------------------------
# How many uvicorn processes serve the site: uvicorn reads WEB_CONCURRENCY
# itself (its --workers default), and the database pool below is shared out
# among them. docs/deployment.md shows the layout and what it was measured at.
WEB_CONCURRENCY = int(os.environ.get("WEB_CONCURRENCY", "1"))
# The PostgreSQL connections that all of them together may hold; keep it below
# the server's max_connections less what migrations, backups and psql need.
IRIS_DATABASE_CONNECTIONS = int(os.environ.get("IRIS_DATABASE_CONNECTIONS", "40"))

# Services -------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'iris.sqlite3'}"),
        conn_health_checks=True,
    )
}
DATABASE_ENGINE = DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
if DATABASE_ENGINE == "postgresql":
    # Under ASGI each request runs its view in a thread of its own, and a
    # persistent connection belongs to its thread: with CONN_MAX_AGE every
    # request opened one more and PostgreSQL ran out. psycopg's pool lends each
    # request a connection and takes it back (Django then needs CONN_MAX_AGE 0).
    # A request that finds every connection lent waits up to "timeout" seconds.
    # (The test process drops the pool: conftest.django_db_modify_db_settings.)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 2,
        "max_size": max(4, IRIS_DATABASE_CONNECTIONS // max(1, WEB_CONCURRENCY)),
        "timeout": 60,
    }
else:
    # One SQLite file, opened cheaply; a connection kept per thread is safe as
    # the file cannot run out of them.
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if ENVIRONMENT == "test" else 60
if DATABASE_ENGINE == "sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers and the one writer work at the same time.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "iris",
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [REDIS_URL],
                # A group message goes once to each process that holds a member
                # (one Redis list per process) and is then shared out to the
                # process's sockets, each of which buffers at most this many.
                # Beyond it channels-redis drops messages (logged at INFO): a
                # live reader sees the gap in the sequence numbers and catches
                # up from the database. 1000 is over three minutes of events at
                # five comments a second.
                "capacity": 1000,
                # Undelivered messages older than a minute are of no use: a
                # reconnecting reader catches up from the database instead.
                "expiry": 60,
                "group_expiry": 86400,
                "prefix": "iris",
            },
        }
    }
    live_readers = {
        "CLASS": "consultations.presence.RedisReaders",
        "OPTIONS": {"url": REDIS_URL, "expiry": 90, "prefix": "iris:readers:"},
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            # Locmem's default of 300 entries is fewer than the comment fragments
            # of one large consultation page: it would evict them on every read.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels.layers.InMemoryChannelLayer",
            "CONFIG": {"capacity": 1000, "expiry": 60},
        }
    }
    live_readers = {"CLASS": "consultations.presence.LocalReaders"}

# Comments a person may post: (seconds, most comments within them), checked
# by consultations.actions.comments.CommentRateLimit.
IRIS_COMMENT_RATE_LIMITS = ((60, 5), (3600, 30))

# Anonymous readers' pages (iris_site.page_cache): kept in this cache at most
# TIMEOUT seconds, so what derives from the clock (a consultation closing) shows
# that late at most; every change through the site invalidates them at once.
# 0 turns the page cache off: the test profile's default, as tests change
# content through factories that send none of the signals that invalidate.
IRIS_PAGE_CACHE = {
    "CACHE": "default",
    "TIMEOUT": int(
        os.environ.get("IRIS_PAGE_CACHE_SECONDS", "0" if ENVIRONMENT == "test" else "10")
    ),
    "EXCLUDE": [
        "/admin/",
        "/django-admin/",
        "/documents/",
        "/healthz",
        "/i18n/",
        "/api/",
        "/static/",
        "/media/",
    ],
}

# The read API (iris_site.api at /api/v1/, Wagtail's API at /api/wagtail/v2/, docs/api.md):
# anonymous requests one client address may make, counted in the default cache;
# the proxies in front of the site, whose X-Forwarded-For tells the address.
# The tests' readers share one address: they set a limit where they test it.
IRIS_API_RATE_LIMIT = os.environ.get(
    "IRIS_API_RATE_LIMIT", "100000/m" if ENVIRONMENT == "test" else "120/m"
)
IRIS_NUM_PROXIES = int(os.environ.get("IRIS_NUM_PROXIES", "1" if PRODUCTION else "0"))
NINJA_NUM_PROXIES = IRIS_NUM_PROXIES
REST_FRAMEWORK = {
    "NUM_PROXIES": IRIS_NUM_PROXIES,
    "DEFAULT_THROTTLE_RATES": {"anon": IRIS_API_RATE_LIMIT},
}
# Anyone may read the API from a page of theirs: GET, HEAD and OPTIONS only,
# without cookies, on /api/ only.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False

# Live comment threads (consultations.consumers): who is reading, how soon a
# change in their number is announced, and what one socket may send.
LIVE_THREADS = {
    "READERS": live_readers,
    "READERS_ANNOUNCE_DELAY": 0 if ENVIRONMENT == "test" else 1.0,  # seconds
    "MAX_FRAME_BYTES": 4096,
    "FRAMES_PER_MINUTE": 30,
    # A reader who missed more events than this is asked to reload the page.
    "CATCH_UP_LIMIT": 500,
}

# Site search (search/backends): the database when SEARCH_URL is unset, else
# the engine its scheme names: opensearch:// or elasticsearch:// (plain HTTP),
# opensearchs:// or elasticsearchs:// (TLS), with user:password if the node
# wants them. Indexes are named IRIS_SEARCH_INDEX-<n> behind that alias.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINES = {
    "opensearch": "search.backends.opensearch.OpenSearchBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchBackend",
}
SEARCH_SCHEME_PROBLEM = (
    "SEARCH_URL must be an opensearch://, opensearchs://, elasticsearch:// or "
    "elasticsearchs:// address."
)
search_url = urlsplit(SEARCH_URL)
search_engine = search_url.scheme.removesuffix("s")
if SEARCH_URL and search_engine not in SEARCH_ENGINES and not PRODUCTION:
    raise ImproperlyConfigured(SEARCH_SCHEME_PROBLEM)
if SEARCH_URL and search_engine in SEARCH_ENGINES:
    SEARCH_BACKEND = {
        "CLASS": SEARCH_ENGINES[search_engine],
        "OPTIONS": {
            "hosts": [
                f"{'https' if search_url.scheme.endswith('s') else 'http'}://"
                f"{search_url.hostname}:{search_url.port or 9200}"
            ],
            "http_auth": (unquote(search_url.username), unquote(search_url.password or ""))
            if search_url.username
            else None,
            "index": os.environ.get(
                "IRIS_SEARCH_INDEX", "iris-test" if ENVIRONMENT == "test" else "iris"
            ),
            "timeout": 5,
        },
    }
else:
    SEARCH_BACKEND = {"CLASS": "search.backends.database.DatabaseBackend", "OPTIONS": {}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Production keeps background work in the database until a worker process
# (manage.py run_worker) runs it; the demo and the tests run each task at once.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend"
            if PRODUCTION
            else "django_tasks.backends.immediate.ImmediateBackend",
        )
    }
}

EMAIL_URL = os.environ.get("EMAIL_URL", "")
email = urlsplit(EMAIL_URL)
if email.scheme == "file":
    # A folder of sent messages, one file each: what a browser test running
    # the site in another process reads its e-mails from.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = unquote(email.path)
elif EMAIL_URL:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = email.hostname
    EMAIL_PORT = email.port or 587
    EMAIL_HOST_USER = unquote(email.username or "")
    EMAIL_HOST_PASSWORD = unquote(email.password or "")
    EMAIL_USE_TLS = email.scheme == "smtp"
    EMAIL_USE_SSL = email.scheme == "smtps"
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "IRIS Dialogue <dialogue@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Accounts ---------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        # full_name: the name parts together ("New Person" refuses "newperson1").
        "OPTIONS": {"user_attributes": ["first_name", "last_name", "full_name", "email"]},
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if ENVIRONMENT == "test":
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
# People signing up need to know that their address already has an account;
# the network's member lists are public, so enumeration protection buys little.
ACCOUNT_PREVENT_ENUMERATION = False
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupDetailsForm"
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_FORMS = {"signup": "accounts.signup.SignupForm"}
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_RATE_LIMITS = {
    "login_failed": "5/m/key",
    "login": "30/m/ip",
    "reset_password": "5/m/key,20/m/ip",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[IRIS Dialogue] "

# Sessions: at most 12 hours; officials, moderators and editors 30 idle minutes.
SESSION_COOKIE_AGE = 12 * 60 * 60
IRIS_PRIVILEGED_IDLE_SECONDS = 30 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Scripts take the token from the form they submit, never from the cookie.
CSRF_COOKIE_HTTPONLY = True

# Languages --------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("sr-latn", "Srpski (latinica)"),
    ("sr", "Српски (ћирилица)"),
    ("bs", "Bosanski"),
    ("cnr", "Crnogorski"),
    ("mk", "Македонски"),
    ("sq", "Shqip"),
    ("de", "Deutsch"),
]
# Where a page lacks a translation, readers see it in the first of these
# languages that has one (they read it as easily), then in English, then in
# the language it was written in, with a note (iris_site.languages).
IRIS_LANGUAGE_FALLBACKS = {
    "sr-latn": ["sr", "bs", "cnr"],
    "sr": ["sr-latn", "bs", "cnr"],
    "bs": ["sr-latn", "cnr", "sr"],
    "cnr": ["sr-latn", "bs", "sr"],
}
FORMAT_MODULE_PATH = ["iris_site.formats"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Serbian Cyrillic is made from Serbian Latin (and back) by converting the
# script, not by translating: iris_site.script_converter.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "iris_site.script_converter.ScriptConverter",
    "OPTIONS": {"PAIRS": [["sr-latn", "sr"]]},
}
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Belgrade"

# Static files and uploads -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# Upload limits (iris_site.uploads): every upload path checks a file against them
# before any library opens it, and each refusal names the limit it passed.
UPLOAD_LIMITS = {
    "MAX_BYTES": 20 * 1024 * 1024,  # a file as uploaded
    "MAX_UNPACKED_BYTES": 50 * 1024 * 1024,  # a .docx/.xlsx/.odt once unzipped, nested files too
    "MAX_ENTRIES": 5000,  # files inside such an archive (a Word file holds a few dozen)
    "MAX_RATIO": 100,  # unpacked size over packed size, for archives over 1 MB unpacked
    "MAX_NESTING": 1,  # archives inside the archive (Word keeps an Excel chart as one)
    "MAX_NAME_CHARACTERS": 120,  # a stored file's name, extension included
    "EXTRACTION_MEMORY_BYTES": 768 * 1024 * 1024,  # the child process that reads a file's text
    "EXTRACTION_SECONDS": 30,  # its wall-clock time
}
# Comment attachments and unsaved draft-import files: never under MEDIA_URL,
# served (if at all) by views that check permissions.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
STORAGES["private"] = {"BACKEND": "iris_site.storage.PrivateStorage"}
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "iris_site.uploads.ImageForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The draft-import preview posts six fields for each part of a long law.
IRIS_MAX_DRAFT_PARTS = 1000
DATA_UPLOAD_MAX_NUMBER_FIELDS = 6 * IRIS_MAX_DRAFT_PARTS + 100
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "odt", "xlsx", "csv", "txt"]
WAGTAILDOCS_DOCUMENT_FORM_BASE = "iris_site.uploads.DocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Wagtail ----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "IRIS Dialogue"
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    (code, name) for code, name in LANGUAGES if code in {"en", "sr-latn", "sr", "mk", "sq", "de"}
]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from gravatar.com: the admin would tell a third party who reads it.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Signing in and resetting passwords go through the site's accounts pages.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Security ---------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_flag("IRIS_SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# The public site runs no inline script and loads nothing from other hosts.
# Wagtail's admin still needs inline styles and scripts, so it is excluded.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# Logging ------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # Per-object lines (each task run, each page published) drown the rest.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Each request to the search engine is logged at INFO.
        "opensearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # fpdf2 subsets a font for each demo library file and fontTools logs
        # every table it prunes (about 900 lines for the demo).
        "fontTools": {"level": "WARNING"},
    },
}

# Project --------------------------------------------------------------------------
IRIS_SITE_NAME = _("IRIS Dialogue")
# The licence of the open data the site publishes (report exports, datasets,
# feeds), named in every file and response: one place to change it.
IRIS_OPEN_DATA_LICENCE = {
    "name": "CC BY 4.0",
    "url": "https://creativecommons.org/licenses/by/4.0/",
}
# Served in /.well-known/security.txt (docs/security.md).
IRIS_SECURITY_CONTACT = os.environ.get(
    "IRIS_SECURITY_CONTACT", f"security@{urlsplit(IRIS_BASE_URL).hostname}"
)

# Refuse an unsafe production configuration ------------------------------------------
if PRODUCTION:
    problems = []
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5:
        problems.append("SECRET_KEY must be set to a random value of at least 50 characters.")
    if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
        problems.append("ALLOWED_HOSTS must name the site's hosts; '*' is not allowed.")
    if env_flag("DEBUG", False):
        problems.append("DEBUG cannot be switched on in production.")
    if DATABASE_ENGINE not in {"postgresql", "sqlite3"}:
        problems.append("DATABASE_URL must point at PostgreSQL (or SQLite for one machine).")
    if REDIS_URL and urlsplit(REDIS_URL).scheme not in {"redis", "rediss", "unix"}:
        problems.append("REDIS_URL must be a redis://, rediss:// or unix:// address.")
    if SEARCH_URL and search_engine not in SEARCH_ENGINES:
        problems.append(SEARCH_SCHEME_PROBLEM)
    if problems:
        raise ImproperlyConfigured("Unsafe production configuration: " + " ".join(problems))
