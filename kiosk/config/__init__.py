"""Station config: the TOML schema and the loader that reports file:line problems."""

from kiosk.config.loader import (
    CONFIG_ENV,
    DEFAULT_CONFIG_PATH,
    ConfigError,
    ConfigProblem,
    find_config_path,
    load_config,
)
from kiosk.config.schema import (
    BrandingConfig,
    FormConfig,
    LoggingConfig,
    MetricsConfig,
    OutboxConfig,
    PrinterConfig,
    ScannerConfig,
    ScanProfile,
    ServiceConfig,
    ServiceField,
    StaffConfig,
    StationConfig,
    StationInfo,
    TrainingConfig,
)

__all__ = [
    "CONFIG_ENV",
    "DEFAULT_CONFIG_PATH",
    "BrandingConfig",
    "ConfigError",
    "ConfigProblem",
    "FormConfig",
    "LoggingConfig",
    "MetricsConfig",
    "OutboxConfig",
    "PrinterConfig",
    "ScanProfile",
    "ScannerConfig",
    "ServiceConfig",
    "ServiceField",
    "StaffConfig",
    "StationConfig",
    "StationInfo",
    "TrainingConfig",
    "find_config_path",
    "load_config",
]
