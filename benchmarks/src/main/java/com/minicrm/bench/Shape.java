package com.minicrm.bench;

/** One rule shape: the rule as the API takes it, and the same predicate written by hand in SQL. */
record Shape(String name, String ruleJson, String handWrittenWhere) {}
