"""Running a station: health monitor, fleet metrics and their HTTP endpoint."""
