package org.ocspconsole.fx;

import javafx.scene.control.PasswordField;

/**
 * Taking a password out of a field without making a string of it. {@code getText()} builds a new
 * string of the whole content on every call; the field's characters are read one by one instead,
 * and the field's own buffer is overwritten before it is cleared.
 */
public final class PasswordFields {
  private PasswordFields() {}

  /** The typed password as a char array (the caller wipes it); the field is left empty. */
  public static char[] take(PasswordField field) {
    char[] password = copy(field);
    // Deleting only shortens the buffer; writing over it first leaves no character behind.
    field.replaceText(0, password.length, " ".repeat(password.length));
    field.clear();
    return password;
  }

  /** A copy of the typed password (the caller wipes it); the field keeps its text. */
  public static char[] copy(PasswordField field) {
    CharSequence typed = field.getCharacters();
    char[] password = new char[typed.length()];
    for (int i = 0; i < password.length; i++) {
      password[i] = typed.charAt(i);
    }
    return password;
  }

  /** Whether anything was typed, without reading it. */
  public static boolean isEmpty(PasswordField field) {
    return field.getLength() == 0;
  }
}
