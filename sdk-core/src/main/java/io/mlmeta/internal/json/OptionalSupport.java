package io.mlmeta.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.lang.reflect.Type;
import java.util.Optional;

/**
 * {@link Optional} for databind, which the value types' generated JSON delegates use: an empty optional is
 * absent (with {@code NON_ABSENT} inclusion it is left out), JSON {@code null} reads as empty. The SDK needs only
 * {@code Optional<T>} of this from a JDK 8 types module, so it carries these few lines instead of another jar.
 */
final class OptionalSupport extends SimpleModule {
  private static final long serialVersionUID = 1L;

  OptionalSupport() {
    super("mlmeta-optional");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addTypeModifier(new OptionalAsReference());
    context.addSerializers(new Serializers.Base() {
      @Override
      public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
          BeanDescription bean, TypeSerializer contentTypeSerializer, JsonSerializer<Object> contentSerializer) {
        return type.hasRawClass(Optional.class)
            ? new OptionalSerializer(type, contentTypeSerializer, contentSerializer) : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
          BeanDescription bean, TypeDeserializer contentTypeDeserializer, JsonDeserializer<?> contentDeserializer) {
        return type.hasRawClass(Optional.class)
            ? new OptionalDeserializer(type, null, contentTypeDeserializer, contentDeserializer) : null;
      }
    });
  }

  /** Makes databind see {@code Optional<T>} as a reference to a {@code T}. */
  private static final class OptionalAsReference extends TypeModifier implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public JavaType modifyType(JavaType type, Type jdkType, TypeBindings bindings, TypeFactory factory) {
      if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
        return type;
      }
      return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
    }
  }

  private static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalSerializer(ReferenceType type, TypeSerializer contentTypeSerializer,
        JsonSerializer<Object> contentSerializer) {
      super(type, false, contentTypeSerializer, contentSerializer);
    }

    private OptionalSerializer(OptionalSerializer base, BeanProperty property, TypeSerializer contentTypeSerializer,
        JsonSerializer<?> contentSerializer, NameTransformer unwrapper, Object suppressable, boolean suppressNulls) {
      super(base, property, contentTypeSerializer, contentSerializer, unwrapper, suppressable, suppressNulls);
    }

    @Override
    protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty property,
        TypeSerializer contentTypeSerializer, JsonSerializer<?> contentSerializer, NameTransformer unwrapper) {
      return new OptionalSerializer(this, property, contentTypeSerializer, contentSerializer, unwrapper,
          _suppressableValue, _suppressNulls);
    }

    @Override
    public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressable, boolean suppressNulls) {
      return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
          suppressable, suppressNulls);
    }

    @Override
    protected boolean _isValuePresent(Optional<?> value) {
      return value.isPresent();
    }

    @Override
    protected Object _getReferenced(Optional<?> value) {
      return value.get();
    }

    @Override
    protected Object _getReferencedIfPresent(Optional<?> value) {
      return value.orElse(null);
    }
  }

  private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(JavaType type, ValueInstantiator instantiator, TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      super(type, instantiator, contentTypeDeserializer, contentDeserializer);
    }

    @Override
    protected OptionalDeserializer withResolved(TypeDeserializer contentTypeDeserializer,
        JsonDeserializer<?> contentDeserializer) {
      return new OptionalDeserializer(_fullType, _valueInstantiator, contentTypeDeserializer, contentDeserializer);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }
  }
}
