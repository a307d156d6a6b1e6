"""The machinery every model shares: the model base, the typed readers, the checks, key order,
``UNSET`` and lazy exports. Private: the namespaces export what users need."""
