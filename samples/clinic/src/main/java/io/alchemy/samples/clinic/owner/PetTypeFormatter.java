package io.alchemy.samples.clinic.owner;

import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.stereotype.Component;

/** The pet form's type: its id in the page, the {@link PetType} in the form object. */
@Component
public class PetTypeFormatter implements Formatter<PetType> {
    private final OwnerService owners;

    public PetTypeFormatter(OwnerService owners) {
        this.owners = owners;
    }

    @Override
    public String print(PetType type, Locale locale) {
        return String.valueOf(type.getId());
    }

    @Override
    public PetType parse(String text, Locale locale) {
        try {
            return owners.petType(Integer.parseInt(text.strip()))
                    .orElseThrow(() -> new IllegalArgumentException("no pet type " + text));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a pet type id: " + text, e);
        }
    }
}
