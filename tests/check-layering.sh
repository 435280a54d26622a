#!/usr/bin/env bash
# The direction of dependencies: app -> ui -> core. core never sees a widget; ui never
# talks SQL (it goes through core services).
set -u
top=$1
status=0
hits=$(grep -rnE '#include\s*[<"](QtWidgets|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QPrintDialog|QPrintPreviewDialog|QTableView|QLineEdit|QAbstractButton)\b' "$top/core")
if [ -n "$hits" ]; then echo "core/ includes widget headers:"; echo "$hits"; status=1; fi
hits=$(grep -rnE 'QSqlQuery|QSqlDatabase|"\s*(SELECT|INSERT|UPDATE|DELETE) ' "$top/ui")
if [ -n "$hits" ]; then echo "ui/ uses SQL directly:"; echo "$hits"; status=1; fi
hits=$(grep -rn 'Qt6::Widgets\|Qt6::PrintSupport' "$top/core/CMakeLists.txt")
if [ -n "$hits" ]; then echo "core links widgets:"; echo "$hits"; status=1; fi
[ $status -eq 0 ] && echo "layering ok"
exit $status
