// Local build shim only (not committed): another helper owns this target.
