package io.mlmeta.mlmodel;

import io.mlmeta.mlmodel.aspect.MLHyperParam;
import io.mlmeta.mlmodel.aspect.MLMetric;
import io.mlmeta.mlmodel.internal.Edits;
import io.mlmeta.mlmodel.internal.NamedValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One list of named values in a properties aspect (the hyperparameters, training metrics or online metrics of a model
 * or a training run) and the edits of its setter trio: replace it with a list, replace it from a name-value map, and
 * put one value by name, in place of the value of that name or appended. Models, runs and their builders all go
 * through these edits, which depend only on their arguments as recorded changes must.
 *
 * @param <A> the aspect holding the list
 * @param <T> the record of one named value
 */
final class NamedValueList<A, T> {
  private final String what;
  private final BiFunction<String, String, T> factory;
  private final Function<T, String> nameOf;
  private final Function<A, List<T>> read;
  private final BiFunction<A, List<T>, A> write;

  private NamedValueList(String what, BiFunction<String, String, T> factory, Function<T, String> nameOf,
      Function<A, List<T>> read, BiFunction<A, List<T>, A> write) {
    this.what = what;
    this.factory = factory;
    this.nameOf = nameOf;
    this.read = read;
    this.write = write;
  }

  /** The hyperparameters of aspect {@code A}, read by {@code read} and written by {@code write}. */
  static <A> NamedValueList<A, MLHyperParam> hyperParams(Function<A, List<MLHyperParam>> read,
      BiFunction<A, List<MLHyperParam>, A> write) {
    return new NamedValueList<>("hyperparameter", MLHyperParam::of, MLHyperParam::name, read, write);
  }

  /** A list of metrics of aspect {@code A}, read by {@code read} and written by {@code write}. */
  static <A> NamedValueList<A, MLMetric> metrics(Function<A, List<MLMetric>> read,
      BiFunction<A, List<MLMetric>, A> write) {
    return new NamedValueList<>("metric", MLMetric::of, MLMetric::name, read, write);
  }

  /** The edit that replaces the list with a copy of {@code values}. */
  UnaryOperator<A> replace(List<T> values) {
    List<T> copy = List.copyOf(values);
    return aspect -> write.apply(aspect, copy);
  }

  /** The edit that replaces the list with one record per entry of {@code values}, in its iteration order. */
  UnaryOperator<A> replace(Map<String, ?> values) {
    return replace(NamedValues.toList(what, values, factory));
  }

  /** The edit that sets value {@code name} to {@code value} (a number, string or boolean), in place or appended. */
  UnaryOperator<A> put(String name, Object value) {
    return put(NamedValues.one(what, name, value, factory));
  }

  /** The edit that puts record {@code one} in place of the record of its name, or appends it. */
  UnaryOperator<A> put(T one) {
    Objects.requireNonNull(one, what);
    return aspect -> write.apply(aspect, Edits.putNamed(read.apply(aspect), one, nameOf));
  }
}
