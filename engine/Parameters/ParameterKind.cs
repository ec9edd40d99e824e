namespace TraffickingAbm.Engine.Parameters;

/// <summary>What a parameter's value is: a whole number, a real number, a switch, or one of named choices.</summary>
public enum ParameterKind { Integer, Real, Switch, Choice }
