package org.ocspconsole.fx;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * How a window asks for a file to open or to save to. The application shows the platform's file
 * dialog ({@link #DIALOGS}); window tests answer with a path of their own, since no robot can type
 * into a native dialog. Only the path is chosen here: the file is read or written off the FX thread
 * by whoever asked.
 */
public interface FileChoices {
  /** A kind of file offered in the dialog: "Settings (JSON)", "*.json". */
  record Kind(String description, List<String> patterns) {
    public Kind {
      patterns = List.copyOf(patterns);
    }

    public Kind(String description, String... patterns) {
      this(description, List.of(patterns));
    }
  }

  /** A file to read; empty when the user cancelled. */
  Optional<Path> open(Window owner, String title, List<Kind> kinds);

  /** Where to write, starting from {@code initialName}; empty when the user cancelled. */
  Optional<Path> save(Window owner, String title, String initialName, List<Kind> kinds);

  /**
   * The platform's file dialogs. Each opens in the folder of the last file chosen in any of them,
   * so a file just exported is one step away when importing it back; before that, in the user's
   * home folder (not wherever the console happened to be started from).
   */
  FileChoices DIALOGS =
      new FileChoices() {
        private volatile File lastFolder;

        @Override
        public Optional<Path> open(Window owner, String title, List<Kind> kinds) {
          return path(chooser(title, kinds).showOpenDialog(owner));
        }

        @Override
        public Optional<Path> save(
            Window owner, String title, String initialName, List<Kind> kinds) {
          FileChooser chooser = chooser(title, kinds);
          chooser.setInitialFileName(initialName);
          return path(chooser.showSaveDialog(owner));
        }

        private FileChooser chooser(String title, List<Kind> kinds) {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(title);
          // No check that it still exists: that would touch the disk on the FX thread, and the
          // platform's dialog falls back by itself.
          File folder = lastFolder;
          chooser.setInitialDirectory(
              folder != null ? folder : new File(System.getProperty("user.home", ".")));
          for (Kind kind : kinds) {
            chooser
                .getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()));
          }
          return chooser;
        }

        private Optional<Path> path(File file) {
          if (file != null && file.getParentFile() != null) {
            lastFolder = file.getParentFile();
          }
          return Optional.ofNullable(file).map(File::toPath);
        }
      };
}
