namespace TraffickingAbm.Engine.Parameters;

/// <summary>What a parameter's value is: a whole number, a real number, a switch, one of named choices, or the path of an
/// input file (relative paths in a scenario file are relative to that file; empty: none).</summary>
public enum ParameterKind { Integer, Real, Switch, Choice, Path }
